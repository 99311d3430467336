package se.koordinera.audit;

import java.util.Collection;

/** A result that shows several patients' data: each is logged (R18). */
public interface PatientListing {
    /** The 12-digit ids of every patient whose data the result shows. */
    Collection<String> listedPatientIds();
}
