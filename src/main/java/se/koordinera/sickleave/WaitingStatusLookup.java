package se.koordinera.sickleave;

import java.util.Collection;
import java.util.Map;

/**
 * Lets the task feature tell the overview what each listed case waits for ("Väntar på") without the
 * sick-leave feature depending on it. Separate from {@link CoordinationStatusLookup} because another
 * feature owns the waiting state.
 */
public interface WaitingStatusLookup {
    /**
     * What each of the given coordination cases waits for now, in words ("Väntar på arbetsgivaren till
     * 2026-12-10"), per case id; cases that wait for no one are absent. One query for a whole page.
     */
    Map<Long, String> waitingTexts(Collection<Long> caseIds);
}
