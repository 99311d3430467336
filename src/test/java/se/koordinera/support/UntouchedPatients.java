package se.koordinera.support;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The browser tests share one application and its demo data. A walk that takes "the first row"
 * could get a patient another walk already gave consents and a closed case, and then the page
 * rightly offers other actions: each walk takes the first listed patient nobody has touched.
 */
public final class UntouchedPatients {

    private UntouchedPatients() {
    }

    /** The first of {@code rows} (each with {@code data-patient}) whose patient has no consent and no coordination case. */
    public static WebElement first(List<WebElement> rows, JdbcClient jdbc) {
        for (WebElement row : rows) {
            String patient = row.getAttribute("data-patient");
            if (patient != null && jdbc.sql("""
                    select (select count(*) from consent where patient_id = :p) + (select count(*) from coordination_case where patient_id = :p)""")
                    .param("p", patient).query(Long.class).single() == 0) {
                return row;
            }
        }
        throw new AssertionError("no listed patient without coordination history among " + rows.size() + " rows");
    }
}
