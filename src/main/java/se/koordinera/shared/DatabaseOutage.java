package se.koordinera.shared;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure that means "the database cannot be reached" (PostgreSQL stopped, the
 * network gone, the pool waiting in vain), as opposed to an error in a query. Such failures are
 * answered 503 within the pool's connection timeout instead of 500 or 401.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    public static boolean isOutage(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().equals("57P01")
                            || sql.getSQLState().equals("57P02") || sql.getSQLState().equals("57P03"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
