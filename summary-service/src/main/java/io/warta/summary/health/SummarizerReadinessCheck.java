package io.warta.summary.health;

import io.warta.summary.summarizer.Summarizer;
import io.warta.summary.summarizer.Summary;
import io.warta.summary.summarizer.TierLengths;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the summarizer (with its weights) can summarize a small probe text. */
@Readiness
@ApplicationScoped
public class SummarizerReadinessCheck implements HealthCheck {

    private static final List<String> PROBE = List.of(
            "Harga beras di Jakarta naik sepuluh persen pekan ini.",
            "Pemerintah menyiapkan operasi pasar untuk menekan harga.",
            "Stok beras di gudang Bulog dinyatakan aman hingga akhir tahun.");

    private final Summarizer summarizer;

    SummarizerReadinessCheck(Summarizer summarizer) {
        this.summarizer = summarizer;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            Summary probe = summarizer.summarize(PROBE, null, "id", TierLengths.DEFAULTS);
            boolean sane = !probe.standard().sentences().isEmpty() && !probe.headline().text().isBlank();
            return HealthCheckResponse.named("summarizer").status(sane).withData("version", summarizer.version()).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("summarizer").down().withData("error", e.getMessage()).build();
        }
    }
}
