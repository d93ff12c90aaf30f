package io.warta.gateway.rest;

import io.warta.gateway.service.ApiKeyGuard;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Applies the API key policy to the public API (not to /q/ health, metrics and documentation). */
public class ApiKeyFilter {

    public static final String HEADER = "X-API-Key";

    private final ApiKeyGuard guard;

    ApiKeyFilter(ApiKeyGuard guard) {
        this.guard = guard;
    }

    @ServerRequestFilter(preMatching = true)
    public void checkApiKey(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().startsWith("/api/")) {
            guard.admit(request.getHeaderString(HEADER));
        }
    }
}
