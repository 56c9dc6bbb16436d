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

    /**
     * @param tokensPct percent of the context window in use, 0–100
     * @see dev.agentpool.core.verify.StatusWord the one place the thresholds live
     */
    public static String of(boolean executing, double tokensPct) {
        return dev.agentpool.core.verify.StatusWord.of(executing, tokensPct).display();
    }
}
