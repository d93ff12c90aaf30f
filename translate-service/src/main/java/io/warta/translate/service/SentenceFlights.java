package io.warta.translate.service;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Single flight per translation-memory key that still lets a request send all its misses to the engine in one
 * batch: a request first claims every key it will translate, then translates its claimed sentences together, and
 * only then waits for the keys other requests had claimed. A request never waits while it holds unfinished claims,
 * so two requests cannot wait on each other.
 */
final class SentenceFlights {

    private final ConcurrentHashMap<String, CompletableFuture<Translated>> running = new ConcurrentHashMap<>();
    private final LongAdder joined = new LongAdder();

    /** Claims {@code key}: a claim of ours when nobody translates it now, else the other request's pending result. */
    Claim claim(String key) {
        CompletableFuture<Translated> mine = new CompletableFuture<>();
        CompletableFuture<Translated> theirs = running.putIfAbsent(key, mine);
        if (theirs != null) {
            joined.increment();
        }
        return theirs == null ? new Claim(key, mine, true) : new Claim(key, theirs, false);
    }

    /** Computations running now; for tests and metrics. */
    int inFlightCount() {
        return running.size();
    }

    /** Claims so far that joined another request's running translation; the single-flight tests wait on it. */
    long joinedCount() {
        return joined.sum();
    }

    static Translated await(CompletableFuture<Translated> pending) {
        try {
            return pending.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    /** A key and its pending result; {@code mine} when this request must complete it. */
    final class Claim {
        private final String key;
        private final CompletableFuture<Translated> result;
        private final boolean mine;

        private Claim(String key, CompletableFuture<Translated> result, boolean mine) {
            this.key = key;
            this.result = result;
            this.mine = mine;
        }

        boolean mine() {
            return mine;
        }

        CompletableFuture<Translated> result() {
            return result;
        }

        /** Hands the translation to every request waiting for this key. Call after storing it in the memory. */
        void complete(Translated translated) {
            result.complete(translated);
            running.remove(key, result);
        }

        void fail(RuntimeException failure) {
            result.completeExceptionally(failure);
            running.remove(key, result);
        }
    }
}
