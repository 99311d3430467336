package se.koordinera.journal;

/**
 * The kind of a coordination journal entry (journalanteckning) and its KVÅ code in VGR's routine
 * for insurance medicine: GC001 coordination interventions (also the FK notice and a meeting),
 * DV077 a return-to-work plan established, AW026 a follow-up of the plan. Never a diagnosis.
 */
public enum JournalType {
    INTERVENTION("Koordineringsinsats", Kva.GC001),
    FK_NOTIFICATION("Information till Försäkringskassan", Kva.GC001),
    CONSENT_GIVEN("Samtycke lämnat", null),
    CONSENT_WITHDRAWN("Samtycke återkallat", null),
    CORRECTION("Rättelse", null),
    PLAN("Rehabiliteringsplan upprättad", Kva.DV077),
    FOLLOW_UP("Uppföljning av rehabiliteringsplan", Kva.AW026),
    /** A booked meeting moved or cancelled (issue 14 item 7): no intervention, so no KVÅ code. */
    MEETING_CHANGE("Möte flyttat eller inställt", null);

    private final String label;
    private final Kva kva;

    JournalType(String label, Kva kva) {
        this.label = label;
        this.kva = kva;
    }

    public String label() {
        return label;
    }

    /** The KVÅ code registered with an entry of this type, or null (consents and corrections are no measures). */
    public String kva() {
        return kva == null ? null : kva.name();
    }
}
