package io.warta.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error leaves a Warta service as {@code application/problem+json}: the right status, a
 * readable detail, never a stack trace. Unexpected failures are logged here, once.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** The message of the IOException Quarkus REST's body reader throws past the body limit. */
    private static final String BODY_OVER_LIMIT = "Request too large";
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,39}");

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
        String name = e.getPropertyName();
        return badJson(isPlainName(name) ? "unknown field '" + name + "'" : "unknown field (its name is not shown)");
    }

    @ServerExceptionMapper
    public Response wrongType(InvalidFormatException e) {
        // The value is the caller's; only where it was is said.
        return badJson("wrong type for '" + path(e) + "'");
    }

    @ServerExceptionMapper
    public Response loneSurrogate(LoneSurrogateException e) {
        return badJson("'" + path(e) + "' holds a lone surrogate (half of a UTF-16 pair, U+D800 to U+DFFF); "
                + "send well-formed Unicode");
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        String where = path(e);
        return badJson(where.isEmpty() ? "the body does not match the expected JSON object"
                : "wrong type or shape for '" + where + "'");
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e) {
        // Jackson's own message quotes the input and names its parser features: only the place is said.
        JsonLocation at = e.getLocation();
        return badJson(at == null || at.getLineNr() < 1 ? "the body is not valid JSON"
                : "the body is not valid JSON (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            // Quarkus REST's JSON reader wraps what Jackson threw
            return jsonProblem(json);
        }
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
            // Messages of exceptions raised by the framework can quote the request: none is passed on.
            default -> title + ".";
        };
        return respond(new Problem(Problem.TYPE_BASE + title.toLowerCase().replace(' ', '-'), title, status, detail,
                null)).build();
    }

    /**
     * Anything else, {@code Error}s included (a {@link StackOverflowError} from deep input, an
     * {@link AssertionError}): a 500 problem that says nothing of the cause.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (e instanceof IOException && BODY_OVER_LIMIT.equals(e.getMessage())) {
            // A chunked body grew past quarkus.http.limits.max-body-size while Quarkus REST read it: its reader
            // has already answered an empty 413 and closes the connection. The caller's doing, not ours.
            LOG.debug("A chunked request body over the limit was refused");
            return respond(new Problem(Problem.TYPE_BASE + "payload-too-large", "Payload too large", 413,
                    "The request body is over the limit.", null)).build();
        }
        LOG.error("Unexpected failure", e);
        return respond(new Problem(Problem.TYPE_BASE + "internal-error", "Internal error", 500,
                "The request could not be completed.", null)).build();
    }

    private Response jsonProblem(JsonProcessingException e) {
        if (e instanceof LoneSurrogateException surrogate) {
            return loneSurrogate(surrogate);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown);
        }
        if (e instanceof InvalidFormatException format) {
            return wrongType(format);
        }
        if (e instanceof MismatchedInputException mismatched) {
            return mismatched(mismatched);
        }
        return malformed(e);
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

    /** Where in the body, by field names and indices; a name a caller made up is shown only when plain. */
    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]"
                        : isPlainName(r.getFieldName()) ? r.getFieldName() : "(field)")
                .collect(Collectors.joining("."));
    }

    /** A short identifier: safe to show, since it can carry neither markup nor a payload. */
    static boolean isPlainName(String name) {
        return name != null && PLAIN_NAME.matcher(name).matches();
    }
}
