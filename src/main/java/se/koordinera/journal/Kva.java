package se.koordinera.journal;

/** KVÅ (klassifikation av vårdåtgärder) codes of the coordination work, code system urn:oid:1.2.752.116.1.3.2.1.4. */
public enum Kva {
    GC001("Koordineringsinsatser för att främja återgång eller inträde i arbetslivet"),
    DV077("Upprättande av rehabiliteringsplan med inriktning mot återgång i arbete"),
    AW026("Uppföljning av sjukskrivning och rehabiliteringsplan");

    public static final String SYSTEM = "urn:oid:1.2.752.116.1.3.2.1.4";

    private final String text;

    Kva(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
