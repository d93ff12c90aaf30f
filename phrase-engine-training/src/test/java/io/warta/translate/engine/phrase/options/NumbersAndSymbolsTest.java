package io.warta.translate.engine.phrase.options;

import static io.warta.translate.engine.phrase.options.ToyModel.options;
import static io.warta.translate.engine.phrase.options.ToyModel.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersAndSymbolsTest {

    @Test
    void numbersInEnglishNotationSymbolsAndAddressesAsWritten() {
        assertThat(options(run("naik 2,5 % di bisnis.com", false, new NumbersAndSymbols())))
                .containsExactly("1-2:2.5", "2-3:%", "4-5:bisnis.com");
    }

    @Test
    void aBracketedDateAfterAWeekdayIsMonthFirst() {
        assertThat(options(run("Selasa ( 12/8/2025 )", true, new NumbersAndSymbols())))
                .containsExactly("1-2:(", "2-3:8/12/2025", "3-4:)");
        assertThat(options(run("pada ( 12/8/2025 )", true, new NumbersAndSymbols())))
                .contains("2-3:12/8/2025");
    }
}
