package io.warta.translate.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.warta.cache.ContentKey;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The translation memory on the real PostgreSQL: a lookup bigger than one statement may be, and one request's
 * value the database refuses, each stay that request's business; the memory stays on for everybody.
 */
@QuarkusTest
class TranslationMemoryTest {

    @Inject
    TranslationMemory memory;

    @Inject
    MeterRegistry registry;

    /**
     * The README's metric {@code cache_gets_total{cache="translate.hot-segments"}}: a stored segment is answered from
     * memory (a hit) without PostgreSQL, a segment never stored is a miss there.
     */
    @Test
    void theHotSegmentMetricCountsHitsAndMisses() {
        String engine = "test/" + UUID.randomUUID();
        String storedKey = ContentKey.of(engine, "Harga cabai turun.");
        memory.storeAll(List.of(new TranslationMemory.Entry(storedKey, engine, "Harga cabai turun.", "Chili prices fall.")));
        double hitsBefore = hotSegmentGets("hit");
        double missesBefore = hotSegmentGets("miss");

        assertThat(memory.lookup(storedKey)).contains("Chili prices fall.");
        assertThat(memory.lookup(ContentKey.of(engine, "Kalimat yang belum pernah disimpan."))).isEmpty();

        assertThat(hotSegmentGets("hit") - hitsBefore).isEqualTo(1.0);
        assertThat(hotSegmentGets("miss") - missesBefore).isEqualTo(1.0);
    }

    private double hotSegmentGets(String result) {
        return registry.find("cache.gets").tag("cache", "translate.hot-segments").tag("result", result)
                .functionCounters().stream().mapToDouble(FunctionCounter::count).sum();
    }

    /**
     * More distinct keys than PostgreSQL's 65,535 bind parameters in one statement: before, the lookup failed, the
     * guard took it for an outage, and the memory was off for every request for a while.
     */
    @Test
    void aLookupOfMoreKeysThanOneStatementTakesFindsWhatIsStored() {
        String engine = "test/" + UUID.randomUUID();
        String firstKey = ContentKey.of(engine, "Harga beras naik.");
        String lastKey = ContentKey.of(engine, "Stok beras aman.");
        memory.storeAll(List.of(new TranslationMemory.Entry(firstKey, engine, "Harga beras naik.", "Rice prices rise.")));
        memory.storeAll(List.of(new TranslationMemory.Entry(lastKey, engine, "Stok beras aman.", "Rice stocks are safe.")));

        List<String> keys = new ArrayList<>();
        keys.add(firstKey);
        for (int i = 0; i < 70_000; i++) {
            keys.add(ContentKey.of(engine, "kalimat " + i));
        }
        keys.add(lastKey);

        Map<String, String> found = memory.lookup(keys);

        assertThat(found).containsOnly(Map.entry(firstKey, "Rice prices rise."),
                Map.entry(lastKey, "Rice stocks are safe."));
        assertThat(memory.available()).isTrue();
    }

    /**
     * PostgreSQL refuses a NUL character in text (SQLState 22P05 / 22021): that one sentence is not remembered, and
     * the memory goes on for the others. Before, any failure switched the memory off for everybody.
     */
    @Test
    void aValueTheDatabaseRefusesLeavesTheMemoryOnForOthers() {
        String engine = "test/" + UUID.randomUUID();
        String badKey = ContentKey.of(engine, "Kalimat buruk.");
        memory.storeAll(List.of(new TranslationMemory.Entry(badKey, engine, "Kalimat buruk.", "A bad\u0000 sentence.")));
        assertThat(memory.lookup(badKey)).isEmpty();
        assertThat(memory.available()).isTrue();

        String goodKey = ContentKey.of(engine, "Kalimat baik.");
        memory.storeAll(List.of(new TranslationMemory.Entry(goodKey, engine, "Kalimat baik.", "A good sentence.")));
        assertThat(memory.lookup(goodKey)).contains("A good sentence.");
    }

    /** One refused value in a request's batch costs only that value: the rest of the batch is remembered. */
    @Test
    void aRefusedValueInABatchLeavesTheOthersRemembered() {
        String engine = "test/" + UUID.randomUUID();
        String badKey = ContentKey.of(engine, "Kalimat buruk.");
        String goodKey = ContentKey.of(engine, "Kalimat baik.");
        memory.storeAll(List.of(new TranslationMemory.Entry(badKey, engine, "Kalimat buruk.", "A bad\u0000 sentence."),
                new TranslationMemory.Entry(goodKey, engine, "Kalimat baik.", "A good sentence.")));

        assertThat(memory.lookup(badKey)).isEmpty();
        assertThat(memory.lookup(goodKey)).contains("A good sentence.");
        assertThat(memory.available()).isTrue();
    }
}
