package dev.agentpool.core.format;

import dev.agentpool.core.json.JsonWriter;
import dev.agentpool.core.verify.StatusWord;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.Map;

/**
 * The legacy statusline formats, with the exact strings of the on-disk contract:
 * <ul>
 *   <li>full, instance mode: {@code Agents: 25/145 (5) | Tokens: 15k/200k (7.5%) | Conf: 99.2% | Status: 🟢 OPTIMAL}</li>
 *   <li>full, shared mode: {@code Agents: 145 | Tokens: 15k/200k (7.5%) | Conf: 99.2% | Status: 🟢 OPTIMAL}</li>
 *   <li>compact: {@code A:25/145(5) T:7.5% C:99.2%}, shared {@code A:145 T:7.5% C:99.2%}</li>
 *   <li>JSON: {@code {"agents":{"current","total","instance_count"},"tokens":{"used","total","percentage"},
 *       "confidence","status"}} ({@code total} and {@code instance_count} only in instance mode and when known)</li>
 * </ul>
 * A confidence ≤ 0 prints {@code --}. With ANSI colour on, only the status word is coloured (full format).
 * Immutable and thread-safe.
 */
public final class StatuslineFormatter {

    private final boolean instanceMode;
    private final boolean ansiColour;

    public StatuslineFormatter(boolean instanceMode, boolean ansiColour) {
        this.instanceMode = instanceMode;
        this.ansiColour = ansiColour;
    }

    public StatuslineFormatter(boolean instanceMode) {
        this(instanceMode, false);
    }

    /** The full one-line format. */
    public String full(StatuslineInput in) {
        return "Agents: " + agents(in, " (", ")")
                + " | Tokens: " + Decimals.tokensDisplay(in.tokensUsed(), in.tokensTotal())
                + " (" + Decimals.oneDecimal(in.effectiveTokensPct()) + "%)"
                + " | Conf: " + confidence(in)
                + " | Status: " + AnsiStatus.paint(in.status(), ansiColour);
    }

    /** The compact format. */
    public String compact(StatuslineInput in) {
        return "A:" + agents(in, "(", ")")
                + " T:" + Decimals.oneDecimal(in.effectiveTokensPct()) + "%"
                + " C:" + confidence(in);
    }

    /** The JSON model (maps in key order) for {@link JsonWriter}. */
    public Map<String, Object> jsonModel(StatuslineInput in) {
        Map<String, Object> agents = new LinkedHashMap<>();
        agents.put("current", in.currentAgents());
        if (instanceMode) {
            if (in.totalAgents().isPresent()) {
                agents.put("total", in.totalAgents().get());
            }
            if (in.instanceCount().isPresent()) {
                agents.put("instance_count", in.instanceCount().get());
            }
        }
        Map<String, Object> tokens = new LinkedHashMap<>();
        tokens.put("used", in.tokensUsed());
        tokens.put("total", in.tokensTotal());
        tokens.put("percentage", in.effectiveTokensPct());
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("agents", agents);
        root.put("tokens", tokens);
        root.put("confidence", in.confidence());
        root.put("status", in.status());
        return root;
    }

    /** The JSON format, indented like the legacy tool's output. */
    public String json(StatuslineInput in) {
        return JsonWriter.pretty(jsonModel(in));
    }

    private String agents(StatuslineInput in, String open, String close) {
        if (!instanceMode || in.totalAgents().isEmpty()) {
            return Integer.toString(in.currentAgents());
        }
        String text = in.currentAgents() + "/" + in.totalAgents().get();
        return in.instanceCount().isPresent() ? text + open + in.instanceCount().get() + close : text;
    }

    private static String confidence(StatuslineInput in) {
        return in.hasConfidence() ? Decimals.oneDecimal(in.confidence()) + "%" : "--";
    }

    /** Colours the status word by severity; unknown words stay plain. */
    static final class AnsiStatus {
        private static final String RESET = "\u001b[0m";

        private AnsiStatus() {
        }

        static String paint(String status, boolean enabled) {
            if (!enabled) {
                return status;
            }
            Optional<StatusWord> word = StatusWord.fromText(status); // no lambda: statusline hot path
            return word.isPresent() ? colour(word.get()) + status + RESET : status;
        }

        /**
         * ifs, not an enum switch expression: its IncompatibleClassChangeError for an unknown constant is a class
         * every statusline JVM loaded when linking this class, coloured output or not. StatuslineFormatterTest
         * checks that every StatusWord has a colour (what the switch's exhaustiveness gave at compile time).
         */
        static String colour(StatusWord word) {
            if (word == StatusWord.CRITICAL) {
                return "\u001b[31m";
            }
            if (word == StatusWord.WARNING) {
                return "\u001b[33m";
            }
            if (word == StatusWord.ACTIVE) {
                return "\u001b[36m";
            }
            if (word == StatusWord.OPTIMAL || word == StatusWord.READY) {
                return "\u001b[32m";
            }
            throw new IllegalArgumentException("no colour for " + word);
        }
    }
}
