package se.koordinera.integration;

import java.util.Map;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.koordinera.region.RegionService;

/**
 * A second process for the kill -9 test: writes access-log rows (and so outbox rows) for a unit,
 * commits, then sends the outbox with the application's own sender classes until it is killed.
 * Arguments: jdbc url, user, password, StoreLog url, unit id, patient id, number of rows.
 */
public final class OutboxChild {

    public static void main(String[] args) {
        DriverManagerDataSource ds = new DriverManagerDataSource(args[0], args[1], args[2]);
        JdbcClient jdbc = JdbcClient.create(ds);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        tx.executeWithoutResult(s -> jdbc.sql("""
                insert into access_log (user_hsa_id, user_name, assignment, unit_id, patient_id, function, action)
                select 'TSTNMT-CHILD', 'Barnprocess', 'Vård och behandling', ?, ?, 'kill-test ' || g, 'READ' from generate_series(1, ?) g""")
                .params(args[4], args[5], Integer.parseInt(args[6])).update());
        System.out.println("WRITTEN");
        System.out.flush();
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("child", Map.of(
                "KOORDINERA_LOGGTJANST_URL", args[3], "KOORDINERA_RIV_RECEIVE_TIMEOUT", "120s")));
        IntegrationSettings settings = new IntegrationSettings(env);
        LoggtjanstSender sender = new LoggtjanstSender(new LoggtjanstOutbox(jdbc), tx, new RegionService(jdbc), new RivClientFactory(settings), settings);
        sender.drain();
        System.out.println("DRAINED");
    }
}
