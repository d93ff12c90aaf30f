package io.warta.gateway.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * One WireMock server standing in for both translate-service and summary-service, so gateway
 * tests can choose what they answer, make them fail, and count the calls that reach them. The
 * real services are exercised over real HTTP by the end-to-end test.
 */
public class BackendsWireMock implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    public static WireMockServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort()
                .extensions(new HeldResponses(), new EchoTranslations()));
        server.start();
        return Map.of(
                "quarkus.rest-client.translate-service.url", server.baseUrl(),
                "quarkus.rest-client.summary-service.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
