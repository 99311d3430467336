package se.koordinera.sickleave;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.util.List;
import java.util.Optional;

/** The chapters of ICD-10-SE as the diagnosis filter and the statistics group them. */
public final class Icd10Chapters {

    public record Chapter(String range, String number, String title) {
        public String label() {
            return range + " " + title;
        }
    }

    public static final List<Chapter> ALL = List.of(
            new Chapter("A00-B99", "I", "Vissa infektionssjukdomar och parasitsjukdomar"),
            new Chapter("C00-D48", "II", "Tumörer"),
            new Chapter("D50-D89", "III", "Sjukdomar i blod och blodbildande organ samt vissa rubbningar i immunsystemet"),
            new Chapter("E00-E90", "IV", "Endokrina sjukdomar, nutritionsrubbningar och ämnesomsättningssjukdomar"),
            new Chapter("F00-F99", "V", "Psykiska sjukdomar och syndrom samt beteendestörningar"),
            new Chapter("G00-G99", "VI", "Sjukdomar i nervsystemet"),
            new Chapter("H00-H59", "VII", "Sjukdomar i ögat och närliggande organ"),
            new Chapter("H60-H95", "VIII", "Sjukdomar i örat och mastoidutskottet"),
            new Chapter("I00-I99", "IX", "Cirkulationsorganens sjukdomar"),
            new Chapter("J00-J99", "X", "Andningsorganens sjukdomar"),
            new Chapter("K00-K93", "XI", "Matsmältningsorganens sjukdomar"),
            new Chapter("L00-L99", "XII", "Hudens och underhudens sjukdomar"),
            new Chapter("M00-M99", "XIII", "Sjukdomar i muskuloskeletala systemet och bindväven"),
            new Chapter("N00-N99", "XIV", "Sjukdomar i urin- och könsorganen"),
            new Chapter("O00-O99", "XV", "Graviditet, förlossning och barnsängstid"),
            new Chapter("P00-P96", "XVI", "Vissa perinatala tillstånd"),
            new Chapter("Q00-Q99", "XVII", "Medfödda missbildningar, deformiteter och kromosomavvikelser"),
            new Chapter("R00-R99", "XVIII", "Symtom, sjukdomstecken och onormala kliniska fynd som ej klassificeras på annat håll"),
            new Chapter("S00-T98", "XIX", "Skador, förgiftningar och vissa andra följder av yttre orsaker"),
            new Chapter("V01-Y98", "XX", "Yttre orsaker till sjukdom och död"),
            new Chapter("Z00-Z99", "XXI", "Faktorer av betydelse för hälsotillståndet och för kontakter med hälso- och sjukvården"),
            new Chapter("U00-U99", "XXII", "Koder för särskilda ändamål"));

    /** Each chapter's first and last category as {@link Icd10#category} numbers, parsed once (the overview asks per case). */
    private static final int[][] BOUNDS = ALL.stream()
            .map(c -> c.range().split("-")).map(b -> new int[] {Icd10.category(b[0]), Icd10.category(b[1])}).toArray(int[][]::new);

    /**
     * Chapters of the codes seen so far. The overview asks for every case on every request (statistics,
     * option counts), and the syntax check is a regular expression; a code's chapter never changes, so
     * nothing here can be stale. Bounded: a region uses a few thousand distinct codes.
     */
    private static final LoadingCache<String, Integer> BY_CODE = Caffeine.newBuilder().maximumSize(20_000)
            .build(Icd10Chapters::find);

    private Icd10Chapters() {
    }

    /** The chapter of a diagnosis code, empty for a code outside every chapter (or not a valid code). */
    public static Optional<Chapter> of(String code) {
        int index = indexOf(code);
        return index < 0 ? Optional.empty() : Optional.of(ALL.get(index));
    }

    /** The position in {@link #ALL} of the code's chapter, -1 for a code outside every chapter (or not a valid code). */
    public static int indexOf(String code) {
        return code == null ? -1 : BY_CODE.get(code);
    }

    private static int find(String code) {
        if (!Icd10.isValid(code)) {
            return -1;
        }
        int category = Icd10.category(code);
        for (int i = 0; i < BOUNDS.length; i++) {
            if (category >= BOUNDS[i][0] && category <= BOUNDS[i][1]) {
                return i;
            }
        }
        return -1;
    }
}
