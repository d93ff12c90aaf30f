package io.warta.translate.engine.phrase.options;

import static io.warta.translate.engine.phrase.options.ToyModel.RESOURCES;
import static io.warta.translate.engine.phrase.options.ToyModel.options;
import static io.warta.translate.engine.phrase.options.ToyModel.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModifierSwapsTest {

    @Test
    void theModifiersSensesAlsoGoBeforeTheHead() {
        assertThat(options(run("rumah besar", false, new ModifierSwaps(RESOURCES))))
                .containsExactly("0-2:big house", "0-2:big home", "0-2:large house", "0-2:large home");
    }

    @Test
    void verbsNamesAndFunctionWordsAreNeverSwapped() {
        assertThat(options(run("rumah melihat", false, new ModifierSwaps(RESOURCES)))).isEmpty();
        assertThat(options(run("rumah dan", false, new ModifierSwaps(RESOURCES)))).isEmpty();
        assertThat(options(run("mobil Budi", false, new ModifierSwaps(RESOURCES)))).isEmpty();
    }

    @Test
    void theModifierGoesAfterADeterminer() {
        assertThat(ModifierSwaps.modifierFirst("big", new String[] {"the", "house"})).containsExactly("the", "big", "house");
        assertThat(ModifierSwaps.modifierFirst("flood", new String[] {"victims"})).containsExactly("flood", "victims");
    }
}
