package dev.agentpool.core.metrics;

/**
 * The legacy verifier's status words. While executing: token use ≥ 95 % → {@value #CRITICAL}, ≥ 85 % →
 * {@value #WARNING}, ≥ 50 % → {@value #ACTIVE}, else {@value #OPTIMAL}. Not executing: {@value #OPTIMAL} below
 * 10 %, else {@value #READY}.
 */
public final class StatusWord {

    public static final String CRITICAL = "🔴 CRITICAL";
    public static final String WARNING = "🟡 WARNING";
    public static final String ACTIVE = "✅ ACTIVE";
    public static final String OPTIMAL = "🟢 OPTIMAL";
    public static final String READY = "🟢 READY";

    private StatusWord() {
    }

    /** @param tokensPct percent of the context window in use, 0–100 */
    public static String of(boolean executing, double tokensPct) {
        if (!executing) {
            return tokensPct < 10 ? OPTIMAL : READY;
        }
        if (tokensPct >= 95) {
            return CRITICAL;
        }
        if (tokensPct >= 85) {
            return WARNING;
        }
        return tokensPct >= 50 ? ACTIVE : OPTIMAL;
    }
}
