package se.koordinera.shared;

import java.util.List;

/** 400 with every bad field listed. */
public class InvalidInputException extends RuntimeException {
    private final List<FieldProblem> errors;

    public InvalidInputException(String message, List<FieldProblem> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this("Ogiltig indata", List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
