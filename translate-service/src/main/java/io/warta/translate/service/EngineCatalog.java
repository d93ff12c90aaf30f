package io.warta.translate.service;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;
import io.warta.problem.ProblemException;
import io.warta.text.glossary.Glossary;
import io.warta.translate.config.EnginesConfig;
import io.warta.translate.engine.EngineRefusal;
import io.warta.translate.engine.PhraseEngine;
import io.warta.translate.engine.TranslationEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The engines in the configured order ({@code warta.engines.order}, {@code builtin} always last) and which of
 * them can answer now. Every engine but {@code builtin} runs behind its own SmallRye circuit breaker: one that
 * keeps failing (errors, timeouts, rejected answers) is skipped for {@code warta.engines.circuit-breaker.delay},
 * then tried again. {@code builtin} has no breaker: it is the answer of last resort.
 */
@ApplicationScoped
public class EngineCatalog {

    public static final String BUILTIN = PhraseEngine.ID;
    private static final Logger LOG = Logger.getLogger(EngineCatalog.class);

    private final List<Slot> order;
    private final Map<String, Guard> guards = new LinkedHashMap<>();
    private final List<TranslationEngine> unordered;
    private final CircuitBreakerMaintenance breakers;

    EngineCatalog(@Any Instance<TranslationEngine> beans, EnginesConfig config, CircuitBreakerMaintenance breakers) {
        this.breakers = breakers;
        Map<String, TranslationEngine> byId = new LinkedHashMap<>();
        beans.stream().sorted(Comparator.comparing(TranslationEngine::id)).forEach(e -> byId.put(e.id(), e));
        Set<String> ids = new LinkedHashSet<>();
        config.order().stream().map(String::strip).filter(id -> !id.isEmpty()).forEach(ids::add);
        ids.remove(BUILTIN);
        ids.add(BUILTIN); // last, whatever the configuration says
        List<Slot> slots = new ArrayList<>();
        for (String id : ids) {
            TranslationEngine engine = byId.get(id);
            if (engine == null) {
                LOG.warnf("warta.engines.order names '%s', which is not an engine here (engines: %s); it is skipped",
                        id, byId.keySet());
            }
            slots.add(new Slot(id, engine));
            if (engine != null && !id.equals(BUILTIN)) {
                guards.put(id, guard(id, config.circuitBreaker()));
            }
        }
        this.order = List.copyOf(slots);
        this.unordered = byId.values().stream().filter(e -> !ids.contains(e.id())).toList();
    }

    /** Every engine in the configured order, builtin last; an unknown id has no engine. */
    public List<Slot> order() {
        return order;
    }

    /** Engines this service has that the order does not name (e.g. {@code lexicon}, kept for comparison). */
    public List<TranslationEngine> unordered() {
        return unordered;
    }

    /** The engines that are ready now, in order (including those whose breaker is open; see {@link #isOpen}). */
    public List<TranslationEngine> ready() {
        List<TranslationEngine> ready = new ArrayList<>();
        for (Slot slot : order) {
            if (slot.engine() != null && slot.engine().isReady()) {
                ready.add(slot.engine());
            }
        }
        return ready;
    }

    /**
     * The first ready engine of the order, even while its breaker is open: the one whose translations are wanted.
     * Whole results made from these translations (the gateway's articles) should be kept only when it produced them.
     */
    public TranslationEngine preferred() {
        List<TranslationEngine> ready = ready();
        if (ready.isEmpty()) {
            throw ProblemException.unavailable("No translation engine is ready yet.", 5);
        }
        return ready.get(0);
    }

    /** The engine that would translate a new sentence now; 503 when none is ready. */
    public TranslationEngine first() {
        for (TranslationEngine engine : ready()) {
            if (!isOpen(engine)) {
                return engine;
            }
        }
        throw ProblemException.unavailable("No translation engine is ready yet.", 5);
    }

    /** True while the engine's circuit breaker skips it. */
    public boolean isOpen(TranslationEngine engine) {
        return breakerState(engine.id()) == CircuitBreakerState.OPEN;
    }

    /** {@code closed}, {@code open} or {@code half-open}; {@code none} for builtin and unknown ids. */
    public String circuit(String id) {
        CircuitBreakerState state = breakerState(id);
        return state == null ? "none" : state.name().toLowerCase().replace('_', '-');
    }

    /**
     * The engine's translations of {@code sentences}, in order, through its circuit breaker. Throws (and counts a
     * failure) when the engine fails or answers a different number of translations; throws
     * {@code CircuitBreakerOpenException} without calling it while its breaker is open.
     */
    public List<String> translateAll(TranslationEngine engine, List<String> sentences) {
        return translateAllScored(engine, sentences, Glossary.EMPTY).stream().map(TranslationEngine.Scored::text).toList();
    }

    /**
     * As {@link #translateAll(TranslationEngine, List)}, with a request's glossary (empty: none) and each
     * translation's confidence (null where the engine has none).
     */
    public List<TranslationEngine.Scored> translateAllScored(TranslationEngine engine, List<String> sentences,
            Glossary glossary) {
        Guard guard = guards.get(engine.id());
        if (guard == null) { // builtin: the last resort has no breaker to open
            return checked(engine, sentences, engine.translateAllScored(sentences, glossary));
        }
        return guarded(guard, () -> checked(engine, sentences, engine.translateAllScored(sentences, glossary)));
    }

    /** {@code id/version}: what segments report and what the translation memory keys on. */
    public static String descriptor(TranslationEngine engine) {
        return engine.id() + "/" + engine.version();
    }

    private static <T> List<T> checked(TranslationEngine engine, List<String> sentences, List<T> translations) {
        if (translations == null || translations.size() != sentences.size()) {
            throw new IllegalStateException(engine.id() + " answered " + (translations == null ? "nothing" : translations.size()
                    + " translations") + " for " + sentences.size() + " sentences");
        }
        return translations;
    }

    private CircuitBreakerState breakerState(String id) {
        return guards.containsKey(id) ? breakers.currentState(breakerName(id)) : null;
    }

    static String breakerName(String engineId) {
        return "translation-engine-" + engineId;
    }

    /** Guard wants the result's class; a TypeLiteral would need generic signatures that native images may lack. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> List<T> guarded(Guard guard, Supplier<List<T>> call) {
        return guard.get((Supplier) call, List.class);
    }

    private static Guard guard(String id, EnginesConfig.Breaker breaker) {
        return Guard.create()
                .withDescription("translation engine " + id)
                .withCircuitBreaker()
                .name(breakerName(id))
                .requestVolumeThreshold(breaker.requestVolumeThreshold())
                .failureRatio(breaker.failureRatio())
                .delay(breaker.delay().toMillis(), ChronoUnit.MILLIS)
                .when(EngineCatalog::engineFailing)
                .onStateChange(state -> LOG.infof("translation engine %s: circuit %s", id, state))
                .done()
                .build();
    }

    /**
     * Whether a failure counts towards the engine's breaker: the engine timing out, unreachable, or failing (5xx,
     * or refusing the service itself: 401, 403, 429) does; an answer about this input does not (an
     * {@link EngineRefusal}, or a 4xx about the request such as 400, 413 or 422), so one caller's text can never
     * switch an engine off for the others. Either way the next engine translates the sentences.
     */
    static boolean engineFailing(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EngineRefusal) {
                return false;
            }
            if (t instanceof WebApplicationException http && http.getResponse() != null) {
                int status = http.getResponse().getStatus();
                return status >= 500 || status == 401 || status == 403 || status == 408 || status == 429;
            }
        }
        return true;
    }

    /** One position in the order: the id as configured and its engine ({@code null} for an unknown id). */
    public record Slot(String id, TranslationEngine engine) {
    }
}
