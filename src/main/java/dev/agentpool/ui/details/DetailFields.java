package dev.agentpool.ui.details;

import dev.agentpool.core.model.ClaudeDetails;
import dev.agentpool.core.model.InstanceSnapshot;
import dev.agentpool.core.model.LockRecord;
import dev.agentpool.core.model.Source;
import dev.agentpool.core.model.Sourced;
import dev.agentpool.core.model.StaleReason;
import dev.agentpool.ui.main.Formats;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns one instance of one scan into the labelled lines of the details view. Pure; no JavaFX. */
final class DetailFields {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String LOCK = Source.LOCK_FILE.description();
    private static final String HOOKS = Source.HOOK_ACTIVITY.description();

    private final Instant now;
    private final ZoneId zone;
    private final List<DetailField> out = new ArrayList<>();

    DetailFields(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    List<DetailField> describe(InstanceSnapshot instance) {
        add("Name", instance.displayName(), "");
        add("ID", instance.id().value(), "");
        add("State", instance.stale().map(r -> "stale: " + r).orElse("live"), "");
        instance.lock().ifPresentOrElse(lock -> lockFields(instance, lock), () -> add("Lock file", "missing or unreadable", ""));
        claudeFields(instance.claude());
        add("Agents", Integer.toString(instance.agents().value()), source(instance.agents()));
        add("Tokens", Formats.tokens(instance.tokensUsed().value()) + " / "
                + Formats.tokens(instance.tokensTotal().value()), source(instance.tokensUsed()));
        add("Context", Formats.percentValue(instance.tokensPct().value()), source(instance.tokensPct()));
        double confidence = instance.confidence().value();
        add("Confidence", confidence <= 0 ? "--" : Formats.percentValue(confidence), source(instance.confidence()));
        add("Lifecycle", instance.lifecycle().value().wireName() + (instance.executing() ? " (running a request)" : ""),
                source(instance.lifecycle()));
        add("Requests", Long.toString(instance.requestCount()), Source.STATE_FILE.description());
        add("Status", Formats.statusWord(instance.status()), "");
        return List.copyOf(out);
    }

    private void lockFields(InstanceSnapshot instance, LockRecord lock) {
        add("PID", lock.pid() + processState(instance), Source.PROCESS_TABLE.description());
        if (!lock.host().isBlank()) {
            add("Host", lock.host(), LOCK);
        }
        add("Started", time(lock.startTime()), LOCK);
        add("Last heartbeat", time(lock.lastHeartbeat()), LOCK);
    }

    private void claudeFields(ClaudeDetails claude) {
        add("Session", orUnknown(claude.currentSessionId()), HOOKS);
        if (claude.sessionIds().size() > 1) {
            add("Earlier sessions", String.join(", ", claude.sessionIds().subList(0, claude.sessionIds().size() - 1)), HOOKS);
        }
        if (!claude.sessionName().isBlank()) {
            add("Session name", claude.sessionName(), HOOKS);
        }
        add("Working directory", orUnknown(claude.cwd()), HOOKS);
        add("Model", orUnknown(claude.model()), HOOKS);
        if (!claude.version().isBlank()) {
            add("Claude Code", claude.version(), HOOKS);
        }
        add("Waiting for you", waiting(claude), HOOKS);
        add("Subagents launched", Long.toString(claude.launchedTotal()), HOOKS);
        if (claude.costUsd() > 0) {
            add("Cost", String.format(Locale.ROOT, "$%.2f", claude.costUsd()), HOOKS);
        }
    }

    private String waiting(ClaudeDetails claude) {
        if (!claude.waitingForUser()) {
            return "no";
        }
        String reason = claude.waitingReason().isBlank() ? "yes" : "yes: " + claude.waitingReason();
        return claude.waitingSince() == null ? reason : reason + " (for " + Formats.compact(
                java.time.Duration.between(claude.waitingSince(), now)) + ")";
    }

    private static String processState(InstanceSnapshot instance) {
        if (instance.isLive()) {
            return " (alive)";
        }
        StaleReason.Kind kind = instance.stale().get().kind();
        return switch (kind) {
            case PROCESS_GONE -> " (not running)";
            case PID_REUSED -> " (now another process)";
            default -> "";
        };
    }

    /** "2026-11-27 22:55:32 (4 min ago)" in the local zone; "unknown" for null. */
    String time(Instant instant) {
        if (instant == null) {
            return "unknown";
        }
        return TIME.format(instant.atZone(zone)) + " (" + Formats.ago(java.time.Duration.between(instant, now)) + ")";
    }

    static String source(Sourced<?> value) {
        if (value.source() == Source.DEFAULT) {
            return value.source().description();
        }
        return value.source().description() + ", " + Formats.compact(value.age()) + " old";
    }

    private static String orUnknown(String text) {
        return text.isBlank() ? "unknown" : text;
    }

    /** An unknown value names no source: saying "unknown, from Claude Code hooks" would mislead. */
    private void add(String label, String value, String source) {
        out.add(new DetailField(label, value, value.equals("unknown") ? "" : source));
    }
}
