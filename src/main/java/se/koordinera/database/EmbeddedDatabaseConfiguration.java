package se.koordinera.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL from the JVM when no external database is configured, so that
 * {@code ./mvnw spring-boot:run} and the test suite need nothing installed. When
 * {@code spring.datasource.url} (SPRING_DATASOURCE_URL) is set, this configuration steps aside
 * and Spring Boot's own DataSource configuration connects to that server instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
public class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${koordinera.database.embedded.data-dir}") String dataDir,
            @Value("${koordinera.database.embedded.clean}") boolean clean,
            @Value("${koordinera.database.embedded.port}") int port,
            @Value("${koordinera.database.embedded.shared-buffers:512MB}") String sharedBuffers,
            @Value("${koordinera.database.embedded.max-wal-size:4GB}") String maxWalSize) throws IOException {
        Path dir = Path.of(dataDir).toAbsolutePath();
        Files.createDirectories(dir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(clean)
                .setServerConfig("max_connections", "100")
                .setServerConfig("fsync", clean ? "off" : "on")
                // PostgreSQL's defaults (128 MB, 1 GB) are sized for a small shared host: a region's million
                // certificates with their indexes do not fit in 128 MB, and a bulk import then forces a
                // checkpoint (and full-page images in the WAL) every few batches. Both only bound memory and
                // disk use; durability is unchanged (fsync, synchronous commit).
                .setServerConfig("shared_buffers", sharedBuffers)
                .setServerConfig("max_wal_size", maxWalSize)
                .setServerConfig("wal_buffers", "32MB");
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dir);
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres,
            @Value("${spring.datasource.hikari.maximum-pool-size:20}") int poolSize,
            @Value("${spring.datasource.hikari.connection-timeout:1000}") long connectionTimeout,
            @Value("${spring.datasource.hikari.validation-timeout:1000}") long validationTimeout) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(poolSize);
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.setPoolName("koordinera-embedded");
        // As for an external database (application.properties): fail fast when the database is gone.
        config.setConnectionTimeout(connectionTimeout);
        config.setValidationTimeout(validationTimeout);
        return new HikariDataSource(config);
    }

    /** True when no external database URL is configured. */
    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
