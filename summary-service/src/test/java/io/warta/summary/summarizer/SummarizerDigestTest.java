package io.warta.summary.summarizer;

import static org.assertj.core.api.Assertions.assertThat;

import io.warta.digest.ComponentDigest;
import io.warta.digest.testing.ScopedFiles;
import io.warta.text.morph.IndonesianMorphology;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summarizer's version cannot lie: it is made from the build-time digest ({@link ExtractiveSummarizer#version}),
 * and the digest covers every class of the summarizer, the shared text classes it runs (the Indonesian morphology
 * that stems its terms among them) and its resources, found here independently by walking the class locations; one
 * changed byte in the morphology changes the digest and so the version (a summary cached under the old one misses).
 */
class SummarizerDigestTest {

    /** As summary-service's POM lists them in {@code component.digests}. */
    private static final List<String> SCOPES = List.of("io/warta/summary/", "io/warta/text/", "summarizer/");

    @TempDir
    Path temp;

    @Test
    void theDigestCoversTheSummarizerAndTheMorphologyAsBuilt() throws Exception {
        ComponentDigest built = ComponentDigest.load(ExtractiveSummarizer.COMPONENT);
        List<String> onDisk = ScopedFiles.list(roots(), SCOPES);
        assertThat(onDisk).anyMatch(path -> path.equals("io/warta/text/morph/IndonesianMorphology.class"))
                .anyMatch(path -> path.equals("io/warta/summary/summarizer/TextAnalyzer.class"))
                .anyMatch(path -> path.equals("summarizer/ranking-model.properties"));
        assertThat(built.files()).extracting(ComponentDigest.FileDigest::path).containsAll(onDisk);
        assertThat(ComponentDigest.compute(built.component(), roots(), SCOPES)).isEqualTo(built);
    }

    @Test
    void oneChangedByteInTheMorphologyChangesTheVersion() throws Exception {
        Path copy = temp.resolve("classes");
        ScopedFiles.copy(roots(), SCOPES, copy);
        ComponentDigest reported = ComponentDigest.load(ExtractiveSummarizer.COMPONENT);
        ComponentDigest same = ComponentDigest.compute(ExtractiveSummarizer.COMPONENT, List.of(copy), SCOPES);
        assertThat(same.digest()).isEqualTo(reported.digest());

        ScopedFiles.flipFirstByte(copy.resolve("io/warta/text/morph/IndonesianMorphology.class"));
        ComponentDigest changed = ComponentDigest.compute(ExtractiveSummarizer.COMPONENT, List.of(copy), SCOPES);
        assertThat(changed.digest()).isNotEqualTo(reported.digest());
        RankingModel model = RankingModel.load();
        assertThat(ExtractiveSummarizer.version(changed, model)).isNotEqualTo(ExtractiveSummarizer.version(reported, model));
    }

    /** summary-service's main classes and indonesian-text's (a directory under test, its jar under verify). */
    private static List<Path> roots() throws URISyntaxException {
        return List.of(ScopedFiles.locationOf(ExtractiveSummarizer.class), ScopedFiles.locationOf(IndonesianMorphology.class));
    }
}
