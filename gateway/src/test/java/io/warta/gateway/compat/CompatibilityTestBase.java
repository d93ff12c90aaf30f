package io.warta.gateway.compat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.warta.gateway.rest.BackendsWireMock;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the LibreTranslate and DeepL tests share: Indonesian and English sentences, the WireMock stand-in for
 * translate-service (reset, with closed circuit breakers, before each test) and a key of the test's own.
 */
abstract class CompatibilityTestBase {

    static final String KOREA = "Korea Utara meluncurkan rudal balistik ke arah laut pada Selasa pagi.";
    static final String RICE = "Harga beras di pasar tradisional naik sepuluh persen pekan ini.";
    static final String ENGLISH = "The government said that the prices of rice have risen again this week.";

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    WireMockServer backends;
    String key;

    @BeforeEach
    void freshBackendsAndKey() {
        backends = BackendsWireMock.server();
        backends.resetAll();
        circuitBreakers.resetAll();
        key = CompatProfile.freshKey();
    }

    /** application/x-www-form-urlencoded as Python's urlencode and URLSearchParams write it (spaces as '+'). */
    static String form(String... namesAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.append(i > 0 ? "&" : "").append(namesAndValues[i]).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }
}
