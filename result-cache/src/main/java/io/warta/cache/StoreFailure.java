package io.warta.cache;

import java.io.EOFException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;

/**
 * Tells a cache store that is down apart from one request whose data the store refused. Only the
 * former may switch caching off for everybody: a request that carries a value the database rejects
 * (a constraint, a data error, a value that does not serialize) must not take the cache from the
 * others. Read from the whole cause chain, since ORM and transaction layers wrap the driver's error.
 */
public enum StoreFailure {

    /** The store cannot be reached or is shutting down: connections, timeouts, SQLState 08, 53, 57P0x, 58. */
    OUTAGE,
    /** This request's data was refused (SQLState 22, 23, 40, 54; validation; serialization): nobody else is affected. */
    REQUEST;

    /**
     * How a failure of a store call counts. A failure that names neither cause counts as an outage, as
     * before this distinction was made: an unknown failure is more likely the store's than the data's.
     */
    public static StoreFailure of(Throwable failure) {
        boolean requestData = false;
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 64; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (isOutageSignal(t)) {
                return OUTAGE;
            }
            requestData |= isRequestSignal(t);
        }
        return requestData ? REQUEST : OUTAGE;
    }

    private static boolean isOutageSignal(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException || t instanceof SQLTimeoutException
                || t instanceof ConnectException || t instanceof SocketException || t instanceof EOFException
                || t instanceof InterruptedIOException || t instanceof TimeoutException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") // connection exception
                    || state.startsWith("53") // insufficient resources (too many connections, disk full)
                    || state.startsWith("57P0") // admin/crash shutdown, cannot connect now, database dropped
                    || state.startsWith("58"); // system error (I/O)
        }
        // Hibernate's wrapper for class-08 errors and pool acquisition failures; named to avoid the dependency.
        String name = t.getClass().getName();
        return name.equals("org.hibernate.exception.JDBCConnectionException")
                || name.equals("jakarta.persistence.QueryTimeoutException")
                || name.equals("org.hibernate.QueryTimeoutException");
    }

    private static boolean isRequestSignal(Throwable t) {
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("22") // data exception: bad encoding, NUL bytes, value too long
                    || state.startsWith("23") // integrity constraint violation
                    || state.startsWith("40") // serialization failure, deadlock: this transaction only
                    || state.startsWith("54"); // program limit exceeded: an index row or statement too large
        }
        if (t instanceof UnstorableValue || t instanceof java.io.NotSerializableException) {
            return true;
        }
        String name = t.getClass().getName();
        return name.equals("jakarta.validation.ConstraintViolationException")
                || name.equals("jakarta.validation.ValidationException")
                || name.equals("org.hibernate.PropertyValueException")
                || name.startsWith("com.fasterxml.jackson."); // a value that does not (de)serialize
    }
}
