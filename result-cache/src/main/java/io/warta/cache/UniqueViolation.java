package io.warta.cache;

import java.sql.SQLException;

/**
 * Recognizes "this key is already stored": two requests that computed the same result race to
 * insert it, the unique constraint keeps one row, and the loser treats that as success.
 */
public final class UniqueViolation {

    /** SQLSTATE for unique_violation in PostgreSQL and H2. */
    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolation() {
    }

    public static boolean isCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
