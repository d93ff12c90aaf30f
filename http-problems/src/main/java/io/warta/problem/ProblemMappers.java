package io.warta.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error leaves a Warta service as {@code application/problem+json}: the right status, a
 * readable detail, never a stack trace. Unexpected failures are logged here, once.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Response.ResponseBuilder response = respond(e.toProblem());
        if (e.retryAfterSeconds() != null) {
            response.header("Retry-After", e.retryAfterSeconds());
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Map<String, String>> violations = e.getConstraintViolations().stream()
                .sorted((a, b) -> field(a).compareTo(field(b)))
                .map(v -> Map.of("field", field(v), "message", v.getMessage()))
                .toList();
        String detail = violations.stream().map(v -> v.get("field") + " " + v.get("message"))
                .collect(Collectors.joining("; "));
        return respond(new Problem(Problem.TYPE_BASE + "invalid-request", "Invalid request", 400, detail,
                Map.of("violations", violations))).build();
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        return badJson("unknown field '" + e.getPropertyName() + "'");
    }

    @ServerExceptionMapper
    public Response wrongType(InvalidFormatException e) {
        return badJson("wrong type for '" + path(e) + "': " + e.getValue() + " is not a " + e.getTargetType().getSimpleName());
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        String where = path(e);
        return badJson(where.isEmpty() ? "the body does not match the expected JSON object"
                : "wrong type or shape for '" + where + "'");
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e) {
        return badJson("the body is not valid JSON (" + e.getOriginalMessage() + ")");
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return respond(new Problem(Problem.TYPE_BASE + "internal-error", "Internal error", status,
                    "The request could not be completed.", null)).build();
        }
        Response.Status.Family family = Response.Status.Family.familyOf(status);
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : family.name();
        String detail = switch (status) {
            case 404 -> "No resource at this path.";
            case 405 -> "This method is not allowed on this path.";
            case 406 -> "The requested media type cannot be produced.";
            case 415 -> "Unsupported content type; send application/json (or text/plain where documented).";
            default -> e.getMessage();
        };
        return respond(new Problem(Problem.TYPE_BASE + title.toLowerCase().replace(' ', '-'), title, status, detail,
                null)).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("Unexpected failure", e);
        return respond(new Problem(Problem.TYPE_BASE + "internal-error", "Internal error", 500,
                "The request could not be completed.", null)).build();
    }

    private static Response badJson(String detail) {
        return respond(new Problem(Problem.TYPE_BASE + "invalid-request", "Invalid request", 400, detail, null)).build();
    }

    private static Response.ResponseBuilder respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }

    private static String field(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        // "translate.request.text" → "text": callers know their body, not our method names.
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : path;
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
