package io.warta.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/**
 * An unexpected failure leaves a service as a 500 problem: the problem media type, a generic detail, nothing of
 * the failure's message, class or stack (which may hold user input or internals).
 */
class UnexpectedFailureProblemTest {

    private static final String SECRET = "SELECT * FROM gateway.article_result WHERE text = 'user input'";

    @Test
    void anUnexpectedExceptionIsAGeneric500Problem() {
        Response response = new ProblemMappers().unexpected(new IllegalStateException(SECRET,
                new java.io.IOException("db at 10.0.0.7:5432")));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(String.valueOf(response.getMediaType())).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(response.getEntity()).isInstanceOf(Problem.class);
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.type()).isEqualTo(Problem.TYPE_BASE + "internal-error");
        assertThat(problem.title()).isEqualTo("Internal error");
        assertThat(problem.detail()).isNotBlank()
                .doesNotContain("SELECT").doesNotContain("user input").doesNotContain("10.0.0.7")
                .doesNotContain("IllegalStateException").doesNotContain("java.");
    }
}
