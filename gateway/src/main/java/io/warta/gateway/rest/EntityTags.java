package io.warta.gateway.rest;

/** Entity-tag comparison for conditional requests (RFC 9110 §13.1.2). */
final class EntityTags {

    private EntityTags() {
    }

    /**
     * Whether an If-None-Match header names this (strong, quoted) tag: {@code *}, or the tag in its list.
     * If-None-Match compares weakly, so {@code W/"x"} names {@code "x"} too. One pass over the header.
     */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
