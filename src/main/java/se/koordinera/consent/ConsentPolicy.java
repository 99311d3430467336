package se.koordinera.consent;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether the patient's recorded consents (given and withdrawn, R13) give the scopes an action
 * needs (pure Java). Which scopes an action needs is decided by the feature that owns the action.
 */
public final class ConsentPolicy {

    private ConsentPolicy() {
    }

    /** A recorded consent as the policy sees it: given on a date, perhaps withdrawn on a later one. */
    public record Fact(ConsentScope scope, LocalDate given, LocalDate withdrawn) {
        /** Active on the date: given on or before it and not withdrawn on or before it. */
        public boolean activeOn(LocalDate day) {
            return !given.isAfter(day) && (withdrawn == null || withdrawn.isAfter(day));
        }
    }

    public static Set<ConsentScope> activeScopes(Collection<Fact> facts, LocalDate day) {
        Set<ConsentScope> active = EnumSet.noneOf(ConsentScope.class);
        facts.stream().filter(f -> f.activeOn(day)).forEach(f -> active.add(f.scope()));
        return active;
    }

    /** The required scopes the patient has no active consent for, in the order of {@link ConsentScope}. */
    public static List<ConsentScope> missing(Collection<Fact> facts, Set<ConsentScope> required, LocalDate day) {
        Set<ConsentScope> active = activeScopes(facts, day);
        Set<ConsentScope> missing = new LinkedHashSet<>();
        for (ConsentScope scope : ConsentScope.values()) {
            if (required.contains(scope) && !active.contains(scope)) {
                missing.add(scope);
            }
        }
        return List.copyOf(missing);
    }

    /** The Swedish refusal naming every missing consent, or empty when all are there. */
    public static Optional<String> refusal(Collection<Fact> facts, Set<ConsentScope> required, LocalDate day) {
        List<ConsentScope> missing = missing(facts, required, day);
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join(". ", missing.stream().map(ConsentScope::missingMessage).toList()) + ".");
    }
}
