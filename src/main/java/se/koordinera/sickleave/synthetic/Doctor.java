package se.koordinera.sickleave.synthetic;

import java.util.Objects;

/** An issuing doctor (<em>intygsutfärdande läkare</em>): HSA-id and name. */
public record Doctor(String id, String name) {

    public Doctor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
