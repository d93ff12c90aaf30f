package io.warta.text.fidelity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@link FidelityChecker} over a dev set's source lines and a translation of them, one sentence a line, and
 * prints how many segments it flags on the even (tuning) and odd (held-out) lines, with samples. Against the
 * reference translations every warning is a false alarm; against an engine's output it is what the check catches.
 * Not a test: run it by hand (docs/evaluation/translation.md, "Fidelity checks").
 *
 * <pre>java -cp indonesian-text/target/classes:indonesian-text/target/test-classes \
 *     io.warta.text.fidelity.FidelityEvaluation ../shared/data/parallel/dev/news-dev.id TRANSLATION [SAMPLES]</pre>
 */
public final class FidelityEvaluation {

    private FidelityEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        List<String> sources = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        List<String> translations = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
        int samples = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        if (sources.size() != translations.size()) {
            throw new IllegalArgumentException(sources.size() + " source lines, " + translations.size() + " translations");
        }
        int[] lines = new int[2];
        int[] numberMismatches = new int[2];
        int[] untranslated = new int[2];
        List<List<String>> flagged = List.of(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < sources.size(); i++) {
            int half = i % 2; // 0-based even lines tune, odd lines are held out
            lines[half]++;
            for (FidelityWarning warning : FidelityChecker.check(sources.get(i), translations.get(i))) {
                if (warning.type().equals(FidelityWarning.NUMBER_MISMATCH)) {
                    numberMismatches[half]++;
                } else {
                    untranslated[half]++;
                }
                flagged.get(half).add((i + 1) + " [" + warning.type() + ": " + warning.detail() + "]\n    ID: "
                        + sources.get(i) + "\n    EN: " + translations.get(i));
            }
        }
        String[] names = {"even (tuning)", "odd (held out)"};
        for (int half = 0; half < 2; half++) {
            System.out.printf("%s lines: %d; number-mismatch %d (%.2f%%), untranslated %d (%.2f%%)%n", names[half],
                    lines[half], numberMismatches[half], 100.0 * numberMismatches[half] / lines[half], untranslated[half],
                    100.0 * untranslated[half] / lines[half]);
        }
        for (int half = 0; half < 2; half++) {
            System.out.println("--- " + names[half] + " samples");
            flagged.get(half).stream().limit(samples).forEach(System.out::println);
        }
    }
}
