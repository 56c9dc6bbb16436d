package dev.agentpool.claude.statusline;

import dev.agentpool.claude.hook.Payloads;
import java.util.Map;
import java.util.Optional;

/**
 * Context use of one instance from the statusLine's {@code context_window} (integration doc §3), tolerating every
 * null and every version:
 * <ol>
 *   <li>{@code used_percentage} × {@code context_window_size} when both are present (v2.1.6+);</li>
 *   <li>else the {@code current_usage} sum input + cache creation + cache read (output excluded, like
 *       used_percentage; v2.0.70+; null before the first call and after /compact);</li>
 *   <li>else {@code total_input_tokens}, capped by the window, because before v2.1.132 it was a cumulative session
 *       sum that can exceed the window;</li>
 *   <li>else 0 of the window.</li>
 * </ol>
 * Without a {@code context_window} object at all (before v2.0.65) nothing is known.
 *
 * @param percent 0–100, one decimal
 */
public record ContextUsage(long used, long window, double percent) {

    public static final long DEFAULT_WINDOW = 200_000;

    public static Optional<ContextUsage> of(Map<String, Object> statusLine) {
        if (!(statusLine.get("context_window") instanceof Map<?, ?>)) {
            return Optional.empty();
        }
        Map<String, Object> cw = Payloads.object(statusLine, "context_window");
        // plain conditionals, not Optional.filter/map lambdas: this runs in every statusline JVM
        Optional<Double> size = Payloads.number(cw, "context_window_size");
        long window = size.isPresent() && size.get() >= 1 ? size.get().longValue() : DEFAULT_WINDOW;
        Optional<Double> pct = Payloads.number(cw, "used_percentage");
        if (pct.isPresent() && pct.get() < 0) {
            pct = Optional.empty();
        }
        if (pct.isPresent() && cw.get("context_window_size") instanceof Number) {
            double p = Math.min(pct.get(), 100.0);
            return Optional.of(new ContextUsage(Math.round(p / 100.0 * window), window, round1(p)));
        }
        Optional<Long> current = currentUsage(cw);
        long used = current.isPresent() ? current.get() : Math.min(nonNegative(cw, "total_input_tokens"), window);
        return Optional.of(new ContextUsage(used, window, round1(Math.min(100.0, used * 100.0 / window))));
    }

    private static Optional<Long> currentUsage(Map<String, Object> cw) {
        if (!(cw.get("current_usage") instanceof Map<?, ?>)) {
            return Optional.empty();
        }
        Map<String, Object> cu = Payloads.object(cw, "current_usage");
        return Optional.of(nonNegative(cu, "input_tokens") + nonNegative(cu, "cache_creation_input_tokens")
                + nonNegative(cu, "cache_read_input_tokens"));
    }

    private static long nonNegative(Map<String, Object> map, String key) {
        Optional<Double> n = Payloads.number(map, key);
        return n.isPresent() && n.get() >= 0 ? n.get().longValue() : 0L;
    }

    static double round1(double value) {
        return Math.round(value * 10.0) / 10.0;
    }
}
