package io.warta.translate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.warta.text.testing.ProjectFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * docs/evaluation/translation.md quotes every recorded value of docs/evaluation/recorded-quality.properties (the numbers
 * the quality tests hold the model to), so the page cannot keep a number the tests no longer check.
 */
class RecordedQualityDocsTest {

    @Test
    void theDocsQuoteEveryRecordedValue() throws IOException {
        Properties recorded = ProjectFiles.recorded();
        String page = Files.readString(ProjectFiles.repoRoot().resolve("docs/evaluation/translation.md"), StandardCharsets.UTF_8);
        int quoted = 0;
        for (String key : recorded.stringPropertyNames()) {
            if (key.startsWith("translation.")) {
                assertThat(page).as("docs/evaluation/translation.md quotes %s", key).contains(recorded.getProperty(key).strip());
                quoted++;
            }
        }
        assertThat(quoted).as("recorded values under translation.").isGreaterThanOrEqualTo(4);
    }
}
