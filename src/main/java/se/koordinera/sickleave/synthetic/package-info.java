/**
 * Synthetic certificates for demo mode and benchmarks, published to the demo module as the named
 * interface {@code synthetic}.
 */
@NamedInterface("synthetic")
package se.koordinera.sickleave.synthetic;

import org.springframework.modulith.NamedInterface;
