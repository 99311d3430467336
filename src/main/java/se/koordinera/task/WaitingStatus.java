package se.koordinera.task;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.koordinera.sickleave.WaitingStatusLookup;

/** Tells the sick-leave overview what the listed cases wait for, in the words the case page uses. */
@Component
class WaitingStatus implements WaitingStatusLookup {

    private final TaskRepository repository;

    WaitingStatus(TaskRepository repository) {
        this.repository = repository;
    }

    @Override
    public Map<Long, String> waitingTexts(Collection<Long> caseIds) {
        Map<Long, String> texts = new LinkedHashMap<>();
        repository.currentWaiting(caseIds).forEach((caseId, change) -> texts.put(caseId, text(change)));
        return texts;
    }

    /** "Väntar på arbetsgivaren till 2026-12-10"; without a check date only whom. */
    static String text(Waiting.Change change) {
        String whom = change.waitingFor().label().toLowerCase(Locale.forLanguageTag("sv"));
        return "Väntar på " + whom + (change.checkDate() == null ? "" : " till " + change.checkDate());
    }
}
