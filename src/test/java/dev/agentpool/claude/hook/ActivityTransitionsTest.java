package dev.agentpool.claude.hook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.claude.Payloads;
import dev.agentpool.core.json.Json;
import dev.agentpool.core.metrics.ActivityRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The remembered stopped ids ("tombstones") of {@link ActivityTransitions}: bounded in count and in time. */
class ActivityTransitionsTest {

    private static final Instant T0 = Instant.parse("2026-12-02T00:00:00Z");
    private static final Duration TIMEOUT = Duration.ofHours(2);

    private static HookEvent event(String json) {
        return HookEvent.from(Json.parseObject(json));
    }

    @Test
    void keepsAtMostFiveHundredStoppedIdsAndDropsTheOldestFirst() {
        ActivityRecord r = ActivityRecord.empty();
        Instant now = T0;
        for (int i = 0; i <= ActivityDraft.MAX_RECENTLY_STOPPED; i++) { // 501 stops, 200 ms apart: none is 10 min old
            r = ActivityTransitions.apply(r, event(Payloads.subagentStart("s", "id" + i, "Explore")), now, TIMEOUT);
            r = ActivityTransitions.apply(r, event(Payloads.subagentStop("s", "id" + i, "Explore")), now, TIMEOUT);
            now = now.plusMillis(200);
        }

        // sizes and keys, not the map: a failure would print 500 entries
        assertThat(r.recentlyStopped().size()).isEqualTo(500);
        assertThat(r.recentlyStopped().containsKey("id0")).as("the oldest went first").isFalse();
        assertThat(r.recentlyStopped().keySet().iterator().next()).isEqualTo("id1");
        assertThat(r.recentlyStopped().containsKey("id500")).isTrue();
        assertThat(r.runningSubagents()).isEmpty();
        assertThat(r.launchedTotal()).isEqualTo(501);
    }

    @Test
    void forgetsAStoppedIdTenMinutesAfterItsStopWhateverTheSubagentTimeout() {
        ActivityRecord r = ActivityTransitions.apply(ActivityRecord.empty(),
                event(Payloads.subagentStop("s", "early", "Explore")), T0, TIMEOUT);
        r = ActivityTransitions.apply(r, event(Payloads.subagentStop("s", "late", "Explore")), T0.plusSeconds(300),
                TIMEOUT);
        Instant tenMinutesAndASecondLater = T0.plusSeconds(601);

        ActivityRecord after = ActivityTransitions.apply(r, event(Payloads.prompt("s")), tenMinutesAndASecondLater,
                TIMEOUT);

        assertThat(after.recentlyStopped()).containsOnlyKeys("late");
        assertThat(ActivityTransitions.apply(after, event(Payloads.subagentStart("s", "late", "Explore")),
                tenMinutesAndASecondLater, TIMEOUT).runningSubagents()).as("still remembered").isEmpty();
        assertThat(ActivityTransitions.apply(after, event(Payloads.subagentStart("s", "early", "Explore")),
                tenMinutesAndASecondLater, TIMEOUT).runningSubagents()).as("forgotten").containsOnlyKeys("early");
    }

    @Test
    void trimsAFileThatListsMoreStoppedIdsThanTheLimitToTheNewest() {
        Map<String, Instant> many = new LinkedHashMap<>();
        for (int i = 0; i < 600; i++) {
            many.put("old" + i, T0.plusMillis(i));
        }
        ActivityRecord hostile = new ActivityRecord(Map.of(), 0, Optional.empty(), false,
                Optional.empty(), Optional.empty(), many);

        ActivityRecord r = ActivityTransitions.apply(hostile, event(Payloads.prompt("s")), T0.plusSeconds(1), TIMEOUT);

        assertThat(r.recentlyStopped().size()).isEqualTo(500);
        assertThat(r.recentlyStopped().keySet().iterator().next()).isEqualTo("old100");
    }
}
