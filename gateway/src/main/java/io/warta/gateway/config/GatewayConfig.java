package io.warta.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** Gateway settings; each can be overridden by an environment variable (WARTA_GATEWAY_...). */
@ConfigMapping(prefix = "warta.gateway")
public interface GatewayConfig {

    /** Longest article accepted, in characters after normalization (413 beyond). */
    @WithDefault("100000")
    int maxTextLength();

    /**
     * Longest article accepted as sent, in characters, checked before any work on it (markup and runs of white
     * space count here, since reducing them is itself work); 413 beyond.
     */
    @WithDefault("400000")
    int maxRawTextLength();

    /** Whether whole results are looked up in and stored to the database. */
    @WithDefault("true")
    boolean cacheEnabled();

    /**
     * How long the gateway trusts the engine versions it last read from the services. They are part
     * of every cache key, so a new model is picked up at most this long after it is deployed.
     */
    @WithDefault("60s")
    Duration engineVersionsTtl();

    /** The in-memory layer of finished answers in front of the stored results. */
    AnswerCache answerCache();

    /** Who may call the public API. */
    ApiKeys apiKeys();

    /** Bounds of stored glossaries (POST /api/v1/glossaries); 400 beyond. */
    Glossaries glossaries();

    interface Glossaries {

        /** Entries of one glossary (WARTA_GATEWAY_GLOSSARIES_MAX_ENTRIES). */
        @WithDefault("500")
        int maxEntries();

        /** Characters of one term, source or target (WARTA_GATEWAY_GLOSSARIES_MAX_TERM_LENGTH). */
        @WithDefault("100")
        int maxTermLength();

        /** Most glossaries one page of GET /api/v1/glossaries lists (WARTA_GATEWAY_GLOSSARIES_MAX_PAGE_SIZE). */
        @WithDefault("100")
        int maxPageSize();

        /**
         * Glossaries stored at most per API key, or all callers together when keys are off
         * (WARTA_GATEWAY_GLOSSARIES_MAX_STORED): a new one beyond is refused with 409 until one is deleted, so that
         * nobody fills the database with them, and one key's many never refuse another's.
         */
        @WithDefault("10000")
        long maxStored();
    }

    /** How many uncached articles are computed at once; cached answers never wait for it. */
    Bulkhead bulkhead();

    /** How long one article may take, all of its waiting and calls behind the gateway together. */
    Deadline deadline();

    interface Deadline {

        /** Time every article gets (WARTA_GATEWAY_DEADLINE_BASE). */
        @WithDefault("10s")
        Duration base();

        /** Time added per 1,000 characters of text (WARTA_GATEWAY_DEADLINE_PER_THOUSAND_CHARACTERS). */
        @WithDefault("200ms")
        Duration perThousandCharacters();

        /** The most any article gets, however long (WARTA_GATEWAY_DEADLINE_MAX). */
        @WithDefault("30s")
        Duration max();

        /** The Retry-After of the 503 answered when an article's deadline passes, in seconds. */
        @WithDefault("5")
        int retryAfterSeconds();

        /** The time a request of this many characters gets: base plus its share per thousand, at most max. */
        default Duration forCharacters(long characters) {
            Duration time = base().plus(perThousandCharacters().multipliedBy(Math.max(0, characters) / 1000L));
            return time.compareTo(max()) > 0 ? max() : time;
        }
    }

    interface Bulkhead {

        /**
         * Articles computed at the same time (WARTA_GATEWAY_BULKHEAD_MAX_CONCURRENT). The work is
         * translate-service's, so this bounds how much the gateway asks of it at once.
         */
        @WithDefault("16")
        int maxConcurrent();

        /** Requests that may wait for a free slot; beyond that they are refused at once (503). */
        @WithDefault("64")
        int queueSize();

        /**
         * How long a request waits for a free slot before it is refused (503): well under the 30 s the
         * gateway gives translate-service, so a refusal comes early rather than as a late timeout.
         */
        @WithDefault("10s")
        Duration maxWait();

        /** The Retry-After of a refusal, in seconds. */
        @WithDefault("5")
        int retryAfterSeconds();
    }

    interface AnswerCache {

        /**
         * Bytes of answers kept in memory (WARTA_GATEWAY_ANSWER_CACHE_MAX_SIZE), counted as the serialized
         * answers; the least used go first beyond it. PostgreSQL keeps every stored result regardless.
         */
        @WithDefault("64M")
        MemorySize maxSize();

        /**
         * How long an answer stays in memory after it was put there. Stored results never change; this only
         * bounds how long answers keyed by engine versions no longer in use take up room.
         */
        @WithDefault("1h")
        Duration ttl();
    }

    interface ApiKeys {

        /** Off for local runs; on in Kubernetes, with the keys from a Secret. */
        @WithDefault("false")
        boolean enabled();

        /** Keys that may call (WARTA_GATEWAY_API_KEYS_KEYS=key1,key2). */
        Optional<Set<String>> keys();

        /** Keys that once could call and no longer may: answered 403 rather than 401. */
        Optional<Set<String>> revoked();

        /** Requests per minute allowed to each key (burst up to the same number); 429 beyond. */
        @WithDefault("600")
        int requestsPerMinute();

        /**
         * Characters of article text per minute allowed to each key (burst up to the same number); 429 beyond
         * (WARTA_GATEWAY_API_KEYS_CHARACTERS_PER_MINUTE). Requests are cheap to count, articles are not: this is
         * what bounds the translation work one key can ask for. At least max-text-length, or the longest
         * articles never pass.
         */
        @WithDefault("2000000")
        long charactersPerMinute();
    }
}
