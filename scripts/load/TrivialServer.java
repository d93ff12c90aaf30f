import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * The trivial baseline endpoint of scripts/load/run-load.sh: GET /ok answers a constant 15-byte
 * JSON document from the JDK's own HTTP server on loopback, to show what this machine serves when
 * nothing is computed. Run as {@code java TrivialServer.java PORT}.
 */
public class TrivialServer {

    public static void main(String[] args) throws Exception {
        byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 256);
        server.createContext("/ok", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
        System.out.println("trivial endpoint on http://127.0.0.1:" + args[0] + "/ok");
    }
}
