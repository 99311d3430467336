package se.koordinera.region;

/** Region (vårdgivare, care provider) with its policy settings. */
public record Region(String id, String name, boolean preventiveCoordination) {
}
