package se.koordinera.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the current thread prepares while {@link #count} runs, so a test can
 * prove that a list is read in a fixed number of queries (no query per row). The real PostgreSQL
 * connection does the work; only {@code prepareStatement}/{@code createStatement} are counted.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    private static final ThreadLocal<List<String>> COUNT = new ThreadLocal<>();

    /** How many statements {@code work} prepared on this thread. */
    public static int count(Callable<?> work) throws Exception {
        return statements(work).size();
    }

    /** The SQL of every statement {@code work} prepared on this thread, in order ({@code createStatement} as an empty string). */
    public static List<String> statements(Callable<?> work) throws Exception {
        List<String> statements = new ArrayList<>();
        COUNT.set(statements);
        try {
            work.call();
        } finally {
            COUNT.remove();
        }
        return statements;
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource ds && "dataSource".equals(name)) {
                    return new CountingDataSource(ds);
                }
                return bean;
            }
        };
    }

    static final class CountingDataSource extends DelegatingDataSource {
        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }

        private static Connection counting(Connection target) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        String m = method.getName();
                        List<String> statements = COUNT.get();
                        if (statements != null && (m.equals("prepareStatement") || m.equals("createStatement") || m.equals("prepareCall"))) {
                            statements.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : "");
                        }
                        if (m.equals("unwrap") && args[0] == Connection.class) {
                            return target;
                        }
                        try {
                            return method.invoke(target, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
