package dev.agentpool.core.metrics;

import dev.agentpool.core.io.Outcome;
import dev.agentpool.core.io.SafeFiles;
import dev.agentpool.core.json.FieldReader;
import dev.agentpool.core.json.Numbers;
import dev.agentpool.core.json.Timestamps;
import dev.agentpool.core.model.Lifecycle;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes statusline state files with exactly the legacy keys and types (timestamps naive local). A
 * missing or malformed value takes its {@link StatuslineState#initial()} value, with a warning for malformed ones;
 * only a file that is not a JSON object fails. Agents and confidence may arrive as numbers from other writers and
 * are turned into the legacy strings.
 */
public final class StatuslineStateCodec {

    /** The values of a missing key (built once: its tokens display is a string concatenation). */
    private static final StatuslineState DEFAULTS = StatuslineState.initial();

    private StatuslineStateCodec() {
    }

    public static Outcome<StatuslineState> read(Path file, ZoneId zone) {
        return decode(SafeFiles.readText(file), zone);
    }

    /** {@link #read} of a file whose text (or why it could not be read) is {@code text}. */
    public static Outcome<StatuslineState> decode(Outcome<String> text, ZoneId zone) {
        Outcome<Map<String, Object>> json = SafeFiles.parseObject(text);
        return json.isOk() ? parse(json.value(), zone) : Outcome.failed(json.reason());
    }

    public static Outcome<StatuslineState> parse(Map<String, Object> map, ZoneId zone) {
        FieldReader in = new FieldReader(map);
        StatuslineState d = DEFAULTS;
        long used = in.count("tokens_used").orElse(d.tokensUsed());
        long total = RealtimeMetricsCodec.positiveOr(in.count("tokens_total"), d.tokensTotal());
        // keys read in the same order as before, so warnings come in the same order
        Lifecycle lifecycle = lifecycle(in).orElse(d.lifecycle());
        String agents = textOr(in.countOrNumericString("agents"), d.agents());
        double tokensPct = in.nonNegativeNumber("tokens_pct").orElse(d.tokensPct());
        Optional<String> display = in.string("tokens_display");
        StatuslineState s = new StatuslineState(lifecycle, agents, used, total, tokensPct,
                display.isPresent() ? display.get() : StatuslineState.tokensDisplay(used, total),
                confidenceText(RealtimeMetricsCodec.confidence(in, map.get("confidence")), d.confidence()),
                in.string("status").orElse(d.status()), in.bool("executing").orElse(d.executing()),
                in.timestamp("last_update", zone), in.timestamp("last_active_update", zone),
                in.timestamp("frozen_at", zone), in.count("request_count").orElse(d.requestCount()));
        return Outcome.ok(s, in.problems());
    }

    private static Optional<Lifecycle> lifecycle(FieldReader in) {
        Optional<String> text = in.string("lifecycle_state");
        Optional<Lifecycle> parsed = text.isPresent() ? Lifecycle.fromWire(text.get()) : Optional.empty();
        if (text.isPresent() && parsed.isEmpty()) {
            in.reject("lifecycle_state", "not active, completing or idle");
        }
        return parsed;
    }

    public static Map<String, Object> toMap(StatuslineState s, ZoneId zone) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("lifecycle_state", s.lifecycle().wireName());
        out.put("agents", s.agents());
        out.put("tokens_used", s.tokensUsed());
        out.put("tokens_total", s.tokensTotal());
        out.put("tokens_pct", s.tokensPct());
        out.put("tokens_display", s.tokensDisplay());
        out.put("confidence", s.confidence());
        out.put("status", s.status());
        out.put("executing", s.executing());
        out.put("last_update", naive(s.lastUpdate(), zone));
        out.put("last_active_update", naive(s.lastActiveUpdate(), zone));
        out.put("frozen_at", naive(s.frozenAt(), zone));
        out.put("request_count", s.requestCount());
        return out;
    }

    private static String naive(Optional<Instant> instant, ZoneId zone) {
        return instant.isPresent() ? Timestamps.formatNaiveLocal(instant.get(), zone) : null;
    }

    /** A confidence and its text, {@code String.valueOf(value)}. */
    private static final class Shown {
        final long bits;
        final String text;

        Shown(double value) {
            this.bits = Double.doubleToRawLongBits(value);
            this.text = Numbers.javaString(value); // = String.valueOf(value)
        }
    }

    /** The last confidence shown: a scan's state files repeat a few values, and Double.toString is dear when cold. */
    private static volatile Shown lastConfidence;

    /** {@code textOr(confidence, fallback)}, through {@link #lastConfidence}. */
    private static String confidenceText(Optional<Double> value, String fallback) {
        if (value.isEmpty()) {
            return fallback;
        }
        double v = value.get();
        Shown last = lastConfidence;
        if (last == null || last.bits != Double.doubleToRawLongBits(v)) {
            last = new Shown(v);
            lastConfidence = last;
        }
        return last.text;
    }

    private static String textOr(Optional<?> value, String fallback) {
        return value.isPresent() ? String.valueOf(value.get()) : fallback;
    }
}
