package io.warta.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns a service's error answer into the exception the fault tolerance understands: a 4xx into a
 * {@link BackendRejection} (the caller's doing: not retried, not counted), a 5xx into a
 * {@link BackendFailure} (counted and retried like a timeout or a refused connection).
 */
public abstract class BackendErrors implements ResponseExceptionMapper<RuntimeException> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_PROBLEM_CHARS = 4096;
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})?");

    private final String service;

    protected BackendErrors(String service) {
        this.service = service;
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        if (status >= 500) {
            return new BackendFailure(service, status);
        }
        return new BackendRejection(service, status, status == 422 ? detectedLanguage(response) : null);
    }

    /** The problem's detectedLanguage when it is a plain language code; nothing else of the answer is passed on. */
    private static String detectedLanguage(Response response) {
        try {
            String body = response.readEntity(String.class);
            if (body == null || body.length() > MAX_PROBLEM_CHARS) {
                return null;
            }
            JsonNode language = JSON.readTree(body).path("detectedLanguage");
            return language.isTextual() && LANGUAGE_CODE.matcher(language.asText()).matches() ? language.asText() : null;
        } catch (RuntimeException | java.io.IOException e) {
            return null;
        }
    }

    /** For translate-service's client. */
    public static final class TranslateService extends BackendErrors {
        public TranslateService() {
            super("translate-service");
        }
    }

    /** For summary-service's client. */
    public static final class SummaryService extends BackendErrors {
        public SummaryService() {
            super("summary-service");
        }
    }
}
