package se.koordinera.sickleave.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnLayoutTest {

    @Test
    void defaultIsTheCompactSetWithThePatientFirstAndCoordinationLast() {
        assertThat(ColumnLayout.parse(null).shown(false)).containsExactly(Column.NAME, Column.ID, Column.AGE, Column.DIAGNOSIS,
                Column.START, Column.END, Column.DAYS, Column.DEGREE, Column.DOCTOR, Column.COORDINATION);
        assertThat(ColumnLayout.defaults().entries()).hasSize(Column.values().length);
    }

    @Test
    void aSavedLayoutGetsAMissingColumnWithItsDefaultVisibility() {
        ColumnLayout layout = ColumnLayout.parse("doctor,name");
        assertThat(layout.shown(false)).startsWith(Column.DOCTOR, Column.NAME).contains(Column.DAYS).doesNotContain(Column.GENDER);
    }

    @Test
    void savedTextKeepsOrderAndHiddenColumnsAndAddsNewOnes() {
        ColumnLayout layout = ColumnLayout.parse("name,-id,days,unknown,name");
        assertThat(layout.entries().get(0).column()).isEqualTo(Column.NAME);
        assertThat(layout.shown(false)).startsWith(Column.NAME, Column.DAYS).doesNotContain(Column.ID)
                .hasSize((int) java.util.Arrays.stream(Column.values()).filter(Column::shownByDefault).count() - 1);
        assertThat(ColumnLayout.parse(layout.format())).isEqualTo(layout);
    }

    @Test
    void privacyDropsNameAndPersonnummer() {
        assertThat(ColumnLayout.defaults().shown(true)).doesNotContain(Column.NAME, Column.ID).contains(Column.AGE, Column.DIAGNOSIS);
    }

    @Test
    void moveSwapsWithNeighbourAndStopsAtTheEdges() {
        ColumnLayout d = ColumnLayout.defaults();
        ColumnLayout moved = d.move(Column.NAME, false);
        assertThat(moved.indexOf(Column.NAME)).isEqualTo(d.indexOf(Column.NAME) + 1);
        assertThat(moved.indexOf(Column.ID)).isEqualTo(d.indexOf(Column.ID) - 1);
        ColumnLayout down = d.move(Column.ID, false);
        assertThat(down.indexOf(Column.ID)).isEqualTo(d.indexOf(Column.ID) + 1);
        assertThat(d.move(Column.NAME, true)).isEqualTo(d);
        assertThat(d.move(Column.CERTIFICATES, false)).isEqualTo(d);
    }

    @Test
    void formOrderWithUncheckedColumnsHidesThem() {
        ColumnLayout layout = ColumnLayout.fromForm(List.of("doctor", "name", "id"), List.of("doctor", "id"));
        assertThat(layout.format()).startsWith("doctor,-name,id,");
        assertThat(layout.shown(false)).startsWith(Column.DOCTOR, Column.ID).doesNotContain(Column.NAME);
    }

    @Test
    void linkGoesToNameThenPersonnummerThenRowNumber() {
        assertThat(OverviewController.linkColumn(ColumnLayout.defaults().shown(false))).isEqualTo(Column.NAME);
        assertThat(OverviewController.linkColumn(ColumnLayout.parse("-name").shown(false))).isEqualTo(Column.ID);
        // Under the privacy switch the row number comes first, even though it is hidden by default.
        assertThat(ColumnLayout.defaults().shown(true)).startsWith(Column.NUMBER);
        assertThat(OverviewController.linkColumn(ColumnLayout.defaults().shown(true))).isEqualTo(Column.NUMBER);
    }
}
