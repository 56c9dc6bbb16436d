package dev.agentpool.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.io.Outcome;
import dev.agentpool.core.json.Json;
import dev.agentpool.core.json.JsonWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActivityCodecTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Test
    void roundTripsAFullRecord() {
        Map<String, ActivityRecord.Running> running = new LinkedHashMap<>();
        running.put("agent-1", new ActivityRecord.Running("Explore", Instant.parse("2026-11-27T22:00:00Z")));
        running.put("agent-2", new ActivityRecord.Running("", Instant.parse("2026-11-27T22:00:01.5Z")));
        ActivityRecord r = new ActivityRecord(running, 7,
                Optional.of(new ActivityRecord.Waiting(Instant.parse("2026-11-27T22:01:00Z"), "permission: Bash")),
                false, Optional.of(0.42), Optional.of(Instant.parse("2026-11-27T22:01:00Z")));
        String text = JsonWriter.pretty(ActivityCodec.toMap(r, ZONE));
        assertThat(ActivityCodec.parse(Json.parseObject(text), ZONE).value()).isEqualTo(r);
        assertThat(text).contains("\"started\": \"2026-11-27T23:00:00+01:00\"");
    }

    @Test
    void writesNullForNoWaitingAndNoCost() {
        Map<String, Object> map = ActivityCodec.toMap(ActivityRecord.empty(), ZONE);
        assertThat(map).containsOnlyKeys("running_subagents", "launched_total", "waiting_for_user", "ended",
                "cost_usd", "updated");
        assertThat(map.get("waiting_for_user")).isNull();
    }

    @Test
    void dropsMalformedSubagentsWithWarningsAndKeepsGoodOnes() {
        Outcome<ActivityRecord> read = ActivityCodec.parse(Json.parseObject("""
                {"running_subagents": {"a": {"type": "Plan", "started": "2026-11-27T22:00:00Z"},
                                       "b": 5, "c": {"type": 3, "started": "never"}},
                 "launched_total": -2, "waiting_for_user": {"since": "bad"}, "ended": "no", "cost_usd": NaN}
                """), ZONE);
        ActivityRecord r = read.value();
        assertThat(r.runningSubagents()).containsOnlyKeys("a");
        assertThat(r.launchedTotal()).isZero();
        assertThat(r.waitingForUser()).isEmpty();
        assertThat(r.ended()).isFalse();
        assertThat(r.costUsd()).isEmpty();
        assertThat(read.warnings()).anyMatch(w -> w.startsWith("running_subagents.b"))
                .anyMatch(w -> w.startsWith("running_subagents.c"))
                .anyMatch(w -> w.startsWith("launched_total: negative"))
                .anyMatch(w -> w.startsWith("waiting_for_user"))
                .anyMatch(w -> w.startsWith("cost_usd"));
    }
}
