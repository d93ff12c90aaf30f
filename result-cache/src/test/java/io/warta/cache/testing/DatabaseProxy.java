package io.warta.cache.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP forwarder on loopback in front of the real PostgreSQL, which a test can cut (every
 * connection dropped, new ones refused) and restore: a database outage without touching the
 * database other tests use.
 */
public final class DatabaseProxy implements AutoCloseable {

    private static final Pattern POSTGRES_URL = Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?(.*)");

    private final InetSocketAddress target;
    private final String pathAndParameters;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;
    private volatile int port;

    public DatabaseProxy(String host, int targetPort) {
        this(host, targetPort, "/test");
    }

    private DatabaseProxy(String host, int targetPort, String pathAndParameters) {
        this.target = new InetSocketAddress(host, targetPort);
        this.pathAndParameters = pathAndParameters;
    }

    /**
     * A proxy in front of the database the tests are configured with: {@code _TEST_QUARKUS_DATASOURCE_JDBC_URL}, else
     * {@code %test.quarkus.datasource.jdbc.url} or {@code quarkus.datasource.jdbc.url} as a system property, else the
     * module's {@code application.properties} (its {@code %test.} value first).
     */
    public static DatabaseProxy forConfiguredDatabase() {
        String url = configuredJdbcUrl();
        Matcher m = POSTGRES_URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalStateException("not a PostgreSQL JDBC URL: " + url);
        }
        return new DatabaseProxy(m.group(1), m.group(2) == null ? 5432 : Integer.parseInt(m.group(2)), m.group(3));
    }

    /** The configured database's JDBC URL with the proxy in front (call after {@link #up()}). */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + pathAndParameters;
    }

    static String configuredJdbcUrl() {
        for (String candidate : new String[] {System.getenv("_TEST_QUARKUS_DATASOURCE_JDBC_URL"),
                System.getProperty("%test.quarkus.datasource.jdbc.url"), System.getProperty("quarkus.datasource.jdbc.url")}) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        Properties application = new Properties();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("application.properties")) {
            if (in != null) {
                application.load(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read application.properties", e);
        }
        String url = application.getProperty("%test.quarkus.datasource.jdbc.url",
                application.getProperty("quarkus.datasource.jdbc.url"));
        if (url == null) {
            throw new IllegalStateException("no quarkus.datasource.jdbc.url configured for the tests");
        }
        return url.strip();
    }

    public synchronized DatabaseProxy up() throws IOException {
        if (listener != null) {
            return this;
        }
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        port = socket.getLocalPort();
        listener = socket;
        Thread acceptor = new Thread(() -> accept(socket), "db-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        return this;
    }

    /** The outage: the listener closes (new connections are refused) and live connections drop. */
    public synchronized void down() throws IOException {
        if (listener != null) {
            listener.close();
            listener = null;
        }
        for (Socket s : open) {
            s.close();
        }
        open.clear();
    }

    /**
     * A restart as the clients see it when the database is back at once: every live connection
     * drops, new ones are accepted as before (the listener stays, so no other process can take
     * its port in between).
     */
    public synchronized void dropConnections() throws IOException {
        for (Socket s : open) {
            s.close();
        }
        open.clear();
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws IOException {
        down();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            Socket client;
            try {
                client = socket.accept();
            } catch (IOException e) {
                return; // listener closed by down()
            }
            Socket server = new Socket();
            try {
                server.connect(target, 2000);
            } catch (IOException unreachable) {
                // One failed connection to the database refuses this client only; the proxy keeps accepting.
                closeQuietly(client);
                closeQuietly(server);
                continue;
            }
            open.add(client);
            open.add(server);
            pipe(client, server);
            pipe(server, client);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    private void pipe(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0;) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException closed) {
                // either side went away
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException ignored) {
                    // already closed
                }
            }
        }, "db-proxy-pipe");
        t.setDaemon(true);
        t.start();
    }
}
