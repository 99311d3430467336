/**
 * The sick-leave case engine: pure Java, no Spring, no SQL. Published to other modules as the
 * named interface {@code engine} (its {@code Period} and {@code CertificateFacts} are the shared
 * language of sick-leave periods).
 */
@NamedInterface("engine")
package se.koordinera.sickleave.engine;

import org.springframework.modulith.NamedInterface;
