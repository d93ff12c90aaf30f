package io.warta.gateway.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class StoredIdsTest {

    @Test
    void onlyUuidsInTheir36CharacterFormAreIds() {
        for (int i = 0; i < 100; i++) {
            String id = UUID.randomUUID().toString();
            assertThat(StoredIds.isUuid(id)).isTrue();
            assertThat(StoredIds.isUuid(id.toUpperCase())).isTrue();
        }
        assertThat(StoredIds.isUuid(null)).isFalse();
        assertThat(StoredIds.isUuid("")).isFalse();
        assertThat(StoredIds.isUuid("3f1c2a9e-6a0b-4d43-9a59-0c2f4b1c7d1")).as("35 characters").isFalse();
        assertThat(StoredIds.isUuid("3f1c2a9e-6a0b-4d43-9a59-0c2f4b1c7d1g")).as("not hex").isFalse();
        assertThat(StoredIds.isUuid("3f1c2a9e06a0b-4d43-9a59-0c2f4b1c7d11")).as("hyphen missing").isFalse();
        assertThat(StoredIds.isUuid("3f1c2a9e-6a0b-4d43-9a59-0c2f4b1c7d11\n")).isFalse();
        assertThat(StoredIds.isUuid("-".repeat(36))).isFalse();
    }
}
