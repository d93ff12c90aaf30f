package io.warta.translate.engine.training.mert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NBestListTest {

    @Test
    void keepsDistinctEntriesAndReadsBackWhatItWrote(@TempDir Path dir) throws Exception {
        NBestList list = new NBestList(2);
        assertThat(list.add(0, new NBestList.Entry("a b", new double[] {1, -0.5}, new int[] {3, 4}))).isTrue();
        assertThat(list.add(0, new NBestList.Entry("a b", new double[] {1, -0.5}, new int[] {3, 4}))).isFalse();
        assertThat(list.add(0, new NBestList.Entry("a b", new double[] {2, -0.5}, new int[] {3, 4}))).isTrue();
        assertThat(list.add(1, new NBestList.Entry("x\ty", new double[] {0.1234567891234, 1e-17}, new int[] {0, 1})))
                .isTrue();
        assertThat(list.size()).isEqualTo(3);
        Path file = dir.resolve("nbest.txt");
        list.write(file);
        NBestList back = NBestList.read(file, 2);
        assertThat(back.size()).isEqualTo(3);
        assertThat(back.get(0).get(1).features()).containsExactly(2, -0.5);
        assertThat(back.get(1).get(0).text()).isEqualTo("x y");
        assertThat(back.get(1).get(0).features()).containsExactly(0.1234567891234, 1e-17);
        assertThat(back.get(1).get(0).stats()).containsExactly(0, 1);
        back.write(dir.resolve("again.txt"));
        assertThat(Files.readString(dir.resolve("again.txt"))).isEqualTo(Files.readString(file));
    }
}
