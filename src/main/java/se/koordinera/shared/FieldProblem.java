package se.koordinera.shared;

/** One invalid input field, named as the client sent it (e.g. {@code [3].periods[0].degree}). */
public record FieldProblem(String field, String message) {
}
