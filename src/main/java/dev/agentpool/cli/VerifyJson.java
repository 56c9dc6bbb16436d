package dev.agentpool.cli;

import dev.agentpool.core.aggregate.FileRead;
import dev.agentpool.core.aggregate.InstanceFiles;
import dev.agentpool.core.format.Decimals;
import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.Sourced;
import dev.agentpool.core.verify.VerifiedMetrics;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The legacy verifier's {@code --json} shape (+ {@code verification_report} with --verbose) and its text form. */
final class VerifyJson {

    private VerifyJson() {
    }

    static Map<String, Object> of(VerifiedMetrics m, InstanceFiles files, Instant now, boolean verbose) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("agents", m.agents().value());
        out.put("tokens_used", m.tokensUsed().value());
        out.put("tokens_total", m.tokensTotal().value());
        out.put("tokens_pct", InstanceJson.round1(m.tokensPct().value()));
        out.put("tokens_display", Decimals.tokensDisplay(m.tokensUsed().value(), m.tokensTotal().value()));
        out.put("confidence", m.confidence().value() > 0 ? m.confidence().value() : "--");
        out.put("status", m.status().display());
        out.put("executing", m.executing().value());
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("tokens", m.tokensUsed().confidence());
        vc.put("agents", m.agents().confidence());
        vc.put("confidence", m.confidence().confidence());
        vc.put("overall", m.overallConfidence());
        out.put("verification_confidence", vc);
        out.put("instance_id", files.id() == null ? null : files.id().value());
        if (verbose) {
            out.put("verification_report", report(m, files, now));
        }
        return out;
    }

    private static Map<String, Object> report(VerifiedMetrics m, InstanceFiles files, Instant now) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("agents", value(m.agents()));
        values.put("tokens_used", value(m.tokensUsed()));
        values.put("tokens_total", value(m.tokensTotal()));
        values.put("tokens_pct", value(m.tokensPct()));
        values.put("confidence", value(m.confidence()));
        values.put("lifecycle_state", value(m.lifecycle()));
        values.put("executing", value(m.executing()));
        values.put("request_count", value(m.requestCount()));
        List<Map<String, Object>> sources = files.present().stream().map(f -> file(f, now)).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("values", values);
        out.put("files", sources);
        return out;
    }

    private static Map<String, Object> value(Sourced<?> s) {
        Map<String, Object> out = new LinkedHashMap<>();
        Object v = s.value();
        out.put("value", v instanceof Enum<?> e ? e.name().toLowerCase(java.util.Locale.ROOT) : v);
        out.put("source", InstanceJson.source(s));
        out.put("age_seconds", s.age().toMillis() / 1000.0);
        out.put("confidence", s.confidence());
        return out;
    }

    private static Map<String, Object> file(FileRead<?> f, Instant now) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", f.path().toString());
        out.put("read", f.isOk() ? "ok" : f.content().reason());
        out.put("age_seconds", f.modified() == null ? null : f.age(now).toMillis() / 1000.0);
        return out;
    }

    static void printText(VerifiedMetrics m, Optional<InstanceId> id, boolean verbose, PrintWriter out) {
        out.println("Instance: " + id.map(InstanceId::value).orElse("(shared mode)"));
        line(out, "Agents", String.valueOf(m.agents().value()), m.agents(), verbose);
        line(out, "Tokens", Decimals.tokensDisplay(m.tokensUsed().value(), m.tokensTotal().value()) + " ("
                + Decimals.oneDecimal(m.tokensPct().value()) + "%)", m.tokensUsed(), verbose);
        line(out, "Confidence", m.confidence().value() > 0 ? Decimals.oneDecimal(m.confidence().value()) + "%" : "--",
                m.confidence(), verbose);
        out.println("Status: " + m.status().display() + (m.executing().value() ? " (executing)" : ""));
        out.println("Verification confidence: " + m.overallConfidence() + "%");
    }

    private static void line(PrintWriter out, String label, String value, Sourced<?> s, boolean verbose) {
        String detail = verbose ? " [" + s.source().description() + ", " + s.age().toSeconds() + " s old, confidence "
                + s.confidence() + "]" : "";
        out.println(label + ": " + value + detail);
    }
}
