package io.warta.translate.engine;

import io.warta.text.glossary.Glossary;
import io.warta.translate.engine.phrase.ConfidenceCalibration;
import io.warta.translate.engine.phrase.PhraseModel;
import io.warta.translate.engine.phrase.PhraseTranslator;
import io.warta.translate.engine.phrase.options.GlossaryTerms;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The phrase engine (module phrase-engine: phrase table, 4-gram LM, beam search, model files) as a bean. It is the
 * {@code builtin} engine: always present, so it answers last in every engine order ({@code warta.engines.order}).
 * Its version still says {@code phrase-...}: /v1/engines shows {@code builtin/phrase-<digest of engine classes and model>}.
 * Its confidence is the model score of its best hypothesis per source token, placed in the score distribution on dev
 * data by the model's calibration file (part of the digested model, so a new calibration is a new version).
 */
@ApplicationScoped
public class PhraseEngine extends ModelBackedEngine<PhraseEngine.Core> {

    public static final String ID = "builtin";

    /** The translator and its calibration (null when the model has none: then no confidence). */
    public record Core(PhraseTranslator translator, ConfidenceCalibration calibration) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    protected String versionPrefix() {
        return "phrase";
    }

    @Override
    protected Core load(ModelFiles files) {
        return new Core(PhraseModel.load(files), PhraseModel.calibration(files));
    }

    @Override
    protected String translate(Core core, String sentence) {
        return core.translator().translate(sentence);
    }

    /**
     * Each translation with its confidence; a glossary's terms become fixed spans of the search (phrase-engine's
     * {@link GlossaryTerms}), prepared once for all the sentences.
     */
    @Override
    public List<Scored> translateAllScored(List<String> sentences, Glossary glossary) {
        Core core = core();
        GlossaryTerms terms = glossary.isEmpty() ? null : new GlossaryTerms(glossary);
        return sentences.stream().map(sentence -> {
            PhraseTranslator.Scored scored = core.translator().translateScored(sentence, terms);
            Double confidence = core.calibration() == null ? null : core.calibration().confidence(scored.scorePerToken());
            return new Scored(scored.text(), confidence);
        }).toList();
    }

    @Override
    public List<String> translateAll(List<String> sentences, Glossary glossary) {
        return translateAllScored(sentences, glossary).stream().map(Scored::text).toList();
    }
}
