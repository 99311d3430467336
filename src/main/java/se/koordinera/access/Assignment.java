package se.koordinera.access;

/** Medarbetaruppdrag: a user's assignment for one care unit with one purpose. */
public record Assignment(String unitId, Purpose purpose) implements java.io.Serializable {
}
