package se.koordinera.consent;

/** Published (synchronously, in the recording transaction) when a consent has been recorded. */
public record ConsentGiven(Consent consent) {
}
