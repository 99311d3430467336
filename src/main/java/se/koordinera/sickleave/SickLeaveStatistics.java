package se.koordinera.sickleave;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of the unit's (filtered) sick-leave cases by sex, diagnosis chapter, current degree and
 * length band: the statistics panel. Counts only, computed from the same items the list shows.
 */
public record SickLeaveStatistics(int total, List<Bar> bySex, List<Bar> byChapter, List<Bar> byDegree, List<Bar> byLength) {

    /** One bar: its count, share of all cases in percent (rounded) and length relative to the group's largest bar. */
    public record Bar(String key, String label, int count, int percent, int width) {
    }

    public static final String OTHER_CHAPTER = "Övriga/okända koder";

    public static SickLeaveStatistics of(List<SickLeaveItem> items) {
        int total = items.size();
        Map<String, Integer> sex = new LinkedHashMap<>();
        sex.put("F", 0);
        sex.put("M", 0);
        Map<String, Integer> degrees = new LinkedHashMap<>();
        for (int d : SickLeaveQuery.DEGREES) {
            degrees.put(String.valueOf(d), 0);
        }
        Map<String, Integer> lengths = new LinkedHashMap<>();
        LengthBand.STATISTICS_BANDS.forEach(b -> lengths.put(b.key(), 0));

        int[] byChapter = new int[Icd10Chapters.ALL.size()];
        int otherChapter = 0;
        for (SickLeaveItem i : items) {
            sex.merge(i.patient().gender(), 1, Integer::sum);
            int chapter = Icd10Chapters.indexOf(i.diagnosis().code());
            if (chapter >= 0) {
                byChapter[chapter]++;
            } else {
                otherChapter++;
            }
            degrees.merge(String.valueOf(i.degree()), 1, Integer::sum);
            for (LengthBand b : LengthBand.STATISTICS_BANDS) {
                if (b.contains(i.days())) {
                    lengths.merge(b.key(), 1, Integer::sum);
                    break;
                }
            }
        }
        Map<String, Integer> chapters = new LinkedHashMap<>();
        for (int c = 0; c < byChapter.length; c++) {
            chapters.put(Icd10Chapters.ALL.get(c).range(), byChapter[c]);
        }
        chapters.put(OTHER_CHAPTER, otherChapter);
        List<Bar> sexBars = bars(sex, total, k -> "F".equals(k) ? "Kvinnor" : "M".equals(k) ? "Män" : k, false);
        List<Bar> chapterBars = bars(chapters, total, k -> Icd10Chapters.ALL.stream().filter(c -> c.range().equals(k)).findFirst()
                .map(Icd10Chapters.Chapter::label).orElse(k), true);
        List<Bar> degreeBars = bars(degrees, total, k -> k + " %", false);
        List<Bar> lengthBars = bars(lengths, total, k -> LengthBand.STATISTICS_BANDS.stream().filter(b -> b.key().equals(k)).findFirst()
                .map(LengthBand::label).orElse(k), false);
        return new SickLeaveStatistics(total, sexBars, chapterBars, degreeBars, lengthBars);
    }

    private static List<Bar> bars(Map<String, Integer> counts, int total, java.util.function.Function<String, String> label, boolean dropEmpty) {
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        counts.forEach((key, count) -> {
            if (dropEmpty && count == 0) {
                return;
            }
            bars.add(new Bar(key, label.apply(key), count, total == 0 ? 0 : Math.round(100f * count / total),
                    max == 0 ? 0 : Math.round(100f * count / max)));
        });
        return List.copyOf(bars);
    }
}
