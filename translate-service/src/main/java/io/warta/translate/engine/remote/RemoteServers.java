package io.warta.translate.engine.remote;

import java.net.URI;

/** How a remote engine's server appears in its version (and so in the translation memory keys). */
final class RemoteServers {

    private RemoteServers() {
    }

    /** host[:port][/path] of the base URL; the scheme and credentials stay out. */
    static String name(URI uri) {
        String host = uri.getHost() == null ? String.valueOf(uri) : uri.getHost();
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        String path = uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/") ? "" : uri.getPath();
        return host + port + path;
    }
}
