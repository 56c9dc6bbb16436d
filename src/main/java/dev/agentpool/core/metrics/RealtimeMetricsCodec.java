package dev.agentpool.core.metrics;

import dev.agentpool.core.io.Outcome;
import dev.agentpool.core.io.SafeFiles;
import dev.agentpool.core.json.FieldReader;
import dev.agentpool.core.json.Numbers;
import dev.agentpool.core.json.Timestamps;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes realtime metrics files. Accepts the legacy variants: {@code agents} or {@code agents_total} as
 * a number or numeric string ({@code agents_total} wins); confidence as a number, {@code "99.2"}, {@code "97.0%"}
 * or {@code "--"}. Writes both agent keys (like the legacy tools), confidence as a number or {@code "--"}, then our
 * extras when present. A malformed value is left out with a warning; only a file that is not a JSON object fails.
 */
public final class RealtimeMetricsCodec {

    private RealtimeMetricsCodec() {
    }

    public static Outcome<RealtimeMetrics> read(Path file, ZoneId zone) {
        return decode(SafeFiles.readText(file), zone);
    }

    /** {@link #read} of a file whose text (or why it could not be read) is {@code text}. */
    public static Outcome<RealtimeMetrics> decode(Outcome<String> text, ZoneId zone) {
        // no flatMap(lambda): this runs in every hook/statusline JVM, where a lambda's bootstrap costs milliseconds
        Outcome<Map<String, Object>> json = SafeFiles.parseObject(text);
        return json.isOk() ? parse(json.value(), zone) : Outcome.failed(json.reason());
    }

    public static Outcome<RealtimeMetrics> parse(Map<String, Object> map, ZoneId zone) {
        FieldReader in = new FieldReader(map);
        Optional<Long> agentsTotal = in.countOrNumericString("agents_total");
        Optional<Long> agents = agentsTotal.isPresent() ? agentsTotal : in.countOrNumericString("agents");
        RealtimeMetrics m = new RealtimeMetrics(agents, confidence(in, map.get("confidence")), in.bool("executing"),
                in.count("tokens_used"), positiveOr(in.count("tokens_total"), RealtimeMetrics.DEFAULT_TOKENS_TOTAL),
                in.nonNegativeNumber("tokens_pct"), in.nonNegativeNumber("context_pct"), in.string("model"),
                in.nonNegativeNumber("cost_usd"), in.string("session_id"), in.count("context_window_size"),
                in.timestamp("updated", zone));
        return Outcome.ok(m, in.problems());
    }

    /** Confidence as the legacy tools wrote it: number, "99.2", "97.0%" or "--" (none); must be within 0–100. */
    static Optional<Double> confidence(FieldReader in, Object raw) {
        Optional<Double> value;
        if (raw instanceof String s) {
            String t = s.trim();
            if (t.equals("--") || t.isEmpty() || t.equalsIgnoreCase("N/A")) {
                return Optional.empty();
            }
            value = Numbers.parseDecimal(t.endsWith("%") ? t.substring(0, t.length() - 1).trim() : t);
            if (value.isEmpty()) {
                in.reject("confidence", "not a number: " + Numbers.printable(s));
            }
        } else {
            value = in.number("confidence");
        }
        if (value.isPresent() && !(value.get() >= 0 && value.get() <= 100)) {
            in.reject("confidence", "outside 0–100 (" + value.get() + ")");
            return Optional.empty();
        }
        return value;
    }

    /** The value when present and positive, else {@code fallback} (hand-written: no lambda on the hot path). */
    static long positiveOr(Optional<Long> value, long fallback) {
        return value.isPresent() && value.get() > 0 ? value.get() : fallback;
    }

    public static Map<String, Object> toMap(RealtimeMetrics m, ZoneId zone) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (m.agents().isPresent()) {
            out.put("agents", m.agents().get());
            out.put("agents_total", m.agents().get());
        }
        out.put("confidence", m.confidence().isPresent() ? (Object) m.confidence().get() : "--");
        out.put("executing", m.executing().orElse(false));
        out.put("tokens_used", m.tokensUsed().orElse(0L));
        out.put("tokens_total", m.tokensTotal());
        out.put("tokens_pct", m.tokensPct().orElse(0.0));
        out.put("context_pct", m.contextPct().orElse(m.tokensPct().orElse(0.0)));
        putIfPresent(out, "model", m.model());
        putIfPresent(out, "cost_usd", m.costUsd());
        putIfPresent(out, "session_id", m.sessionId());
        putIfPresent(out, "context_window_size", m.contextWindowSize());
        if (m.updated().isPresent()) {
            out.put("updated", Timestamps.formatWithOffset(m.updated().get(), zone));
        }
        return out;
    }

    private static void putIfPresent(Map<String, Object> out, String key, Optional<?> value) {
        if (value.isPresent()) {
            out.put(key, value.get());
        }
    }
}
