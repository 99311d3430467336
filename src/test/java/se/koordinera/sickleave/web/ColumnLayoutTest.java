package se.koordinera.sickleave.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnLayoutTest {

    @Test
    void defaultShowsEveryColumnInOrder() {
        assertThat(ColumnLayout.parse(null).shown(false)).containsExactly(Column.values());
    }

    @Test
    void savedTextKeepsOrderAndHiddenColumnsAndAddsNewOnes() {
        ColumnLayout layout = ColumnLayout.parse("name,-id,days,unknown,name");
        assertThat(layout.entries().get(0).column()).isEqualTo(Column.NAME);
        assertThat(layout.shown(false)).startsWith(Column.NAME, Column.DAYS).doesNotContain(Column.ID).hasSize(Column.values().length - 1);
        assertThat(ColumnLayout.parse(layout.format())).isEqualTo(layout);
    }

    @Test
    void privacyDropsNameAndPersonnummer() {
        assertThat(ColumnLayout.defaults().shown(true)).doesNotContain(Column.NAME, Column.ID).contains(Column.AGE, Column.DIAGNOSIS);
    }

    @Test
    void moveSwapsWithNeighbourAndStopsAtTheEdges() {
        ColumnLayout d = ColumnLayout.defaults();
        ColumnLayout moved = d.move(Column.NAME, true);
        assertThat(moved.indexOf(Column.NAME)).isEqualTo(d.indexOf(Column.NAME) - 1);
        assertThat(moved.indexOf(Column.AGE)).isEqualTo(d.indexOf(Column.AGE) + 1);
        assertThat(d.move(Column.NUMBER, true)).isEqualTo(d);
        assertThat(d.move(Column.DOCTOR, false)).isEqualTo(d);
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
        assertThat(OverviewController.linkColumn(ColumnLayout.defaults().shown(true))).isEqualTo(Column.NUMBER);
    }
}
