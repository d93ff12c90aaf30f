package io.warta.translate.service;

import io.warta.text.Deadline;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Single flight per translation-memory key that still lets a request send all its misses to the engine in one
 * batch: a request first claims every key it will translate, then translates its claimed sentences together, and
 * only then waits for the keys other requests had claimed. A request never waits while it holds unfinished claims,
 * so two requests cannot wait on each other. Whoever runs it is told each time a claim joins another request's
 * translation (a metric).
 */
final class SentenceFlights {

    private final ConcurrentHashMap<String, CompletableFuture<Translated>> running = new ConcurrentHashMap<>();
    private final Runnable onJoin;

    SentenceFlights(Runnable onJoin) {
        this.onJoin = onJoin;
    }

    /** Claims {@code key}: a claim of ours when nobody translates it now, else the other request's pending result. */
    Claim claim(String key) {
        CompletableFuture<Translated> mine = new CompletableFuture<>();
        CompletableFuture<Translated> theirs = running.putIfAbsent(key, mine);
        if (theirs != null) {
            onJoin.run();
        }
        return theirs == null ? new Claim(key, mine, true) : new Claim(key, theirs, false);
    }

    /**
     * The other request's result, waited for no longer than {@code until}: a request that joins another's translation
     * keeps its own deadline ({@link Deadline.Exceeded} when it passes; the translation goes on for the others).
     */
    static Translated await(CompletableFuture<Translated> pending, Deadline until) {
        try {
            return until == Deadline.NONE ? pending.join() : pending.get(until.remainingMillis(), TimeUnit.MILLISECONDS);
        } catch (CompletionException | ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new Deadline.Exceeded();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Deadline.Exceeded();
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
