package inkwell.app.load;

import java.net.URI;
import java.time.Duration;

/**
 * What a load run does. It is bounded both ways: it ends after {@code duration} or {@code maxRequests} requests,
 * whichever comes first, and a request still running then is given at most {@code requestTimeout} to end.
 *
 * @param base           the server's address, ending in a slash
 * @param clients        requests in flight at once, each client sending its next when its last is answered
 * @param backoff        a client's pause after a refusal or a failed connection, so that a server that turns
 *                       requests away at once is not met with a flood of retries
 * @param healthInterval how often {@code /health} is read for the memory figures
 * @param seed           the seed of the first request; each request uses the next, so no two pages are alike and
 *                       none is answered from the server's cache of recent pages
 */
public record LoadSettings(URI base, int clients, Duration duration, long maxRequests, TextMix mix,
                           Duration backoff, Duration requestTimeout, Duration healthInterval, long seed) {
    public static final int MAX_CLIENTS = 256;
    public static final Duration MAX_DURATION = Duration.ofHours(24);

    public LoadSettings {
        if (base.getScheme() == null || !base.getScheme().matches("https?") || base.getHost() == null) {
            throw new IllegalArgumentException("the address must be http:// or https:// with a host, got " + base);
        }
        if (!base.getPath().endsWith("/")) {
            base = URI.create(base + "/");
        }
        if (clients < 1 || clients > MAX_CLIENTS) {
            throw new IllegalArgumentException("clients must be 1 to " + MAX_CLIENTS + ", got " + clients);
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException("the duration must be above 0 and at most 24 hours");
        }
        if (maxRequests < 1) {
            throw new IllegalArgumentException("the number of requests must be at least 1");
        }
        if (backoff.isNegative() || requestTimeout.isNegative() || requestTimeout.isZero()
                || healthInterval.toMillis() < 10) {
            throw new IllegalArgumentException("backoff must be 0 or more, the request timeout above 0 and the"
                    + " health interval at least 10 ms");
        }
    }
}
