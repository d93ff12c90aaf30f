package io.warta.gateway.rest;

/** The ids of stored articles and glossaries: UUIDs, checked by one scan before any store is asked. */
final class StoredIds {

    private StoredIds() {
    }

    /** Whether {@code id} is a UUID in its 36-character form (hex digits, hyphens at 8, 13, 18 and 23). */
    static boolean isUuid(String id) {
        if (id == null || id.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = id.charAt(i);
            boolean hyphen = i == 8 || i == 13 || i == 18 || i == 23;
            if (hyphen ? c != '-' : Character.digit(c, 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
