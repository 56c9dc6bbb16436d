package dev.agentpool.core.verify;

import java.time.Duration;

/**
 * The legacy verifier's confidence in a value, from how old its source is: under 1 s 100, under 5 s 95, under
 * 30 s 85, under 60 s 70, under 300 s 50, else 20. A negative age (file from the future, clock skew) counts as
 * fresh.
 */
public final class FreshnessConfidence {

    private FreshnessConfidence() {
    }

    public static int of(Duration age) {
        long millis = age.toMillis();
        if (millis < 1_000) {
            return 100;
        }
        if (millis < 5_000) {
            return 95;
        }
        if (millis < 30_000) {
            return 85;
        }
        if (millis < 60_000) {
            return 70;
        }
        return millis < 300_000 ? 50 : 20;
    }
}
