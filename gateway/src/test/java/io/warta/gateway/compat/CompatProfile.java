package io.warta.gateway.compat;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The gateway as an operator runs it for LibreTranslate and DeepL clients: API keys on, a small request rate and a
 * monthly character allowance so the limits can be reached in a test. Each test uses its own key (keys have their
 * own rate and allowance), so tests do not spend each other's budget.
 */
public class CompatProfile implements QuarkusTestProfile {

    static final int REQUESTS_PER_MINUTE = 12;
    static final long CHARACTER_LIMIT = 4_000;
    static final String REVOKED = "key-revoked";

    @Override
    public Map<String, String> getConfigOverrides() {
        StringBuilder keys = new StringBuilder();
        for (int i = 1; i <= 100; i++) {
            keys.append(i > 1 ? "," : "").append(key(i));
        }
        return Map.of(
                "warta.gateway.api-keys.enabled", "true",
                "warta.gateway.api-keys.keys", keys.toString(),
                "warta.gateway.api-keys.revoked", REVOKED,
                "warta.gateway.api-keys.requests-per-minute", Integer.toString(REQUESTS_PER_MINUTE),
                "warta.compat.character-limit", Long.toString(CHARACTER_LIMIT));
    }

    private static final AtomicInteger LAST_KEY = new AtomicInteger();

    /** A key no other test has used: a full request rate and allowance. */
    static String freshKey() {
        return key(LAST_KEY.incrementAndGet());
    }

    static String key(int i) {
        return "key-" + i;
    }
}
