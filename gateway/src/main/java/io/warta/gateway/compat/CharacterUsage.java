package io.warta.gateway.compat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Characters translated per API key in the current calendar month (UTC), and the monthly limit: what DeepL's
 * {@code GET /v2/usage} reports and what its 456 enforces.
 *
 * <p>Kept in memory, on purpose: it is an allowance, not a bill. It restarts from zero when the gateway restarts,
 * and each replica counts its own requests, so with N replicas a key may translate up to N times the limit. The
 * map holds one entry per admitted key (keys are checked first, so callers cannot grow it), or a single shared
 * entry when keys are off.
 *
 * <p>Characters are reserved before translating and given back when the translation fails, so concurrent requests
 * cannot overrun the limit and a failed request costs nothing.
 */
@ApplicationScoped
public class CharacterUsage {

    /** What DeepL reports as the limit of an account without a cap. */
    public static final long UNLIMITED = 1_000_000_000_000L;

    private record Month(YearMonth month, long used) {
    }

    private final long limit;
    private final Clock clock;
    private final ConcurrentHashMap<String, Month> byAccount = new ConcurrentHashMap<>();

    @Inject
    CharacterUsage(CompatConfig config) {
        this(config.characterLimit().orElse(UNLIMITED), Clock.systemUTC());
    }

    CharacterUsage(long limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    public long limit() {
        return limit;
    }

    /** Characters {@code account} has used this month. */
    public long used(String account) {
        YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        Month month = byAccount.get(account);
        return month == null || !month.month().equals(now) ? 0 : month.used();
    }

    /** Takes {@code characters} from this month's allowance; false (and nothing taken) when they do not fit. */
    public boolean reserve(String account, long characters) {
        YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        boolean[] fits = new boolean[1];
        byAccount.compute(account, (k, month) -> {
            long used = month == null || !month.month().equals(now) ? 0 : month.used();
            fits[0] = characters <= limit - used;
            return fits[0] ? new Month(now, used + characters) : new Month(now, used);
        });
        return fits[0];
    }

    /** Gives back what {@link #reserve} took for a request that was not translated. */
    public void refund(String account, long characters) {
        YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        byAccount.computeIfPresent(account, (k, month) -> month.month().equals(now)
                ? new Month(now, Math.max(0, month.used() - characters)) : month);
    }
}
