package dev.agentpool.claude.hook;

import static dev.agentpool.claude.Payloads.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.claude.Windows;
import dev.agentpool.claude.Windows.Window;
import dev.agentpool.core.model.Lifecycle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Payload sequences of the integration doc replayed for several windows through the real hook code. */
class HookReplayTest {

    @TempDir
    Path dir;

    @Test
    void eachWindowCountsItsOwnRunningSubagents() {
        Windows w = new Windows(dir);
        Window a = w.open(1001).send(sessionStart("s-a", "startup")).send(prompt("s-a"));
        Window b = w.open(1002).send(sessionStart("s-b", "startup"));
        Window c = w.open(1003).send(sessionStart("s-c", "startup"));
        Stream.of("a1", "a2", "a3").forEach(id -> a.send(subagentStart("s-a", id, "Explore")));
        b.send(subagentStart("s-b", "b1", "Plan")).send(subagentStart("s-b", "b2", "general-purpose"));
        b.send(subagentStop("s-b", "b1", "Plan"));

        assertThat(List.of(a.counter(), b.counter())).containsExactly(3L, 1L);
        assertThat(a.counter() + b.counter() + c.counter()).isEqualTo(4);
        assertThat(b.activity().launchedTotal()).isEqualTo(2);
        assertThat(b.activity().runningSubagents()).containsOnlyKeys("b2");
        assertThat(b.activity().runningSubagents().get("b2").type()).isEqualTo("general-purpose");
        assertThat(a.state().lifecycle()).isEqualTo(Lifecycle.ACTIVE);
        assertThat(a.lock().pid()).isEqualTo(1001);
        assertThat(a.lock().processStart()).isEqualTo(Windows.start(1001));
        assertThat(a.lock().owner()).isEqualTo("claude");
    }

    @Test
    void repeatedStartCountsOnceAndStopOfUnknownIdChangesNothing() {
        Window a = new Windows(dir).open(2001).send(sessionStart("s", "startup"));
        a.send(subagentStart("s", "x1", "Explore")).send(subagentStart("s", "x1", "Explore"));
        a.send(subagentStop("s", "nobody", "Explore")).send(subagentStop("s", "nobody", "Explore"));

        assertThat(a.counter()).isEqualTo(1);
        assertThat(a.activity().launchedTotal()).isEqualTo(1);

        a.send(subagentStop("s", "x1", "Explore")).send(subagentStop("s", "x1", "Explore"));
        assertThat(a.counter()).isZero();
        a.send(subagentStart("s", "x1", "Explore")); // a late duplicate of the start: must not come back
        assertThat(a.counter()).isZero();
        assertThat(a.activity().launchedTotal()).isEqualTo(1);
    }

    @Test
    void aStoppedIdIsRememberedForTenMinutesSoALateStartCannotBringItBack() {
        Windows w = new Windows(dir);
        Window a = w.open(2101).send(sessionStart("s", "startup"));
        a.send(subagentStart("s", "x1", "Explore")).send(subagentStop("s", "x1", "Explore"));
        w.clock.advance(Duration.ofMinutes(9));

        a.send(subagentStart("s", "x1", "Explore")); // its start, nine minutes late (async hooks run out of order)

        assertThat(a.counter()).isZero();
        assertThat(a.activity().launchedTotal()).isEqualTo(1);
        assertThat(a.activity().recentlyStopped()).containsOnlyKeys("x1");

        w.clock.advance(Duration.ofMinutes(2)); // 11 minutes after the stop
        a.send(preToolUse("s", "Bash", ""));

        assertThat(a.activity().recentlyStopped()).isEmpty(); // forgotten: every hook of the window reads the list
    }

    @Test
    void stopKeepsOnlySubagentsThatBackgroundTasksStillListsAsRunning() {
        Window a = new Windows(dir).open(3001).send(sessionStart("s", "startup")).send(prompt("s"));
        Stream.of("a1", "a2", "a3").forEach(id -> a.send(subagentStart("s", id, "Explore")));

        a.send(stop("s", "a2")); // SubagentStop for a1 and a3 was lost (#92716)

        assertThat(a.activity().runningSubagents()).containsOnlyKeys("a2");
        assertThat(a.counter()).isEqualTo(1);
        assertThat(a.state().lifecycle()).isEqualTo(Lifecycle.IDLE);
        assertThat(a.state().requestCount()).isEqualTo(1);
        assertThat(a.state().frozenAt()).isPresent();
    }

    @Test
    void stopFromOlderClaudeCodeWithoutBackgroundTasksDropsNothing() {
        Window a = new Windows(dir).open(3002).send(sessionStart("s", "startup")).send(prompt("s"));
        a.send(subagentStart("s", "a1", "Explore")).send(stopOld("s"));

        assertThat(a.counter()).isEqualTo(1);
        assertThat(a.state().requestCount()).isEqualTo(1);
    }

    @Test
    void extraStopWithoutPromptDoesNotCountAnotherRequest() {
        Window a = new Windows(dir).open(3003).send(sessionStart("s", "startup")).send(prompt("s"));
        a.send(stop("s")).send(stop("s")).send(stopFailure("s"));

        assertThat(a.state().requestCount()).isEqualTo(1);
        a.send(prompt("s")).send(stopFailure("s"));
        assertThat(a.state().requestCount()).isEqualTo(2);
        assertThat(a.state().executing()).isFalse();
    }

    @Test
    void subagentThatNeverStopsExpiresAfterTheConfiguredTimeout() {
        Windows w = new Windows(dir);
        Window a = w.open(4001).send(sessionStart("s", "startup")).send(subagentStart("s", "old", "Explore"));
        w.clock.advance(Duration.ofMinutes(90));
        a.send(subagentStart("s", "young", "Plan"));
        w.clock.advance(Duration.ofMinutes(31)); // "old" is now 2 h 1 min old, "young" 31 min

        a.send(preToolUse("s", "Bash", ""));

        assertThat(a.activity().runningSubagents()).containsOnlyKeys("young");
        assertThat(a.counter()).isEqualTo(1);
    }

    @Test
    void clearEndsTheSessionAndTheNextSessionRevivesTheSameInstance() {
        Window a = new Windows(dir).open(5001).send(sessionStart("s-1", "startup"));
        a.send(subagentStart("s-1", "a1", "Explore")).send(subagentStart("s-1", "a2", "Explore"));

        a.send(sessionEnd("s-1", "clear"));
        assertThat(a.counter()).isZero();
        assertThat(a.activity().ended()).isTrue();

        a.send(sessionStart("s-2", "clear")).send(subagentStart("s-2", "b1", "Plan"));
        assertThat(a.activity().ended()).isFalse();
        assertThat(a.counter()).isEqualTo(1);
        assertThat(a.activity().launchedTotal()).isEqualTo(3);
        assertThat(a.claudeMetadata()).containsEntry("session_id", "s-2")
                .containsEntry("session_ids", List.of("s-1", "s-2")).containsEntry("cwd", "/home/u/app")
                .containsEntry("model", "claude-sonnet-4-5");
    }

    @Test
    void bothToolNamesAddALaunchWhoseSubagentStartWasLostAndRemoveAForegroundCompletion() {
        Window a = new Windows(dir).open(6001).send(sessionStart("s", "startup"));
        a.send(agentLaunched("s", "Agent", "n1")).send(agentLaunched("s", "Task", "o1"));
        a.send(subagentStart("s", "n1", "Explore")); // arrives after the launch: still one
        assertThat(a.counter()).isEqualTo(2);
        assertThat(a.activity().launchedTotal()).isEqualTo(2);

        a.send(agentCompleted("s", "Task", "o1")).send(agentCompleted("s", "Agent", "n1"));
        assertThat(a.counter()).isZero();
    }

    @Test
    void permissionRequestMarksTheWindowWaitingUntilTheUserAnswers() {
        Windows w = new Windows(dir);
        Window a = w.open(7001).send(sessionStart("s", "startup")).send(prompt("s"));
        Window b = w.open(7002).send(sessionStart("t", "startup")).send(prompt("t"));

        a.send(permissionRequest("s", "Bash"));
        a.send(preToolUse("s", "Read", "bg1")); // a background subagent keeps working meanwhile
        a.send(notification("s", "permission_prompt", "Claude needs your permission to use Bash"));

        assertThat(a.activity().waitingForUser()).hasValueSatisfying(wait ->
                assertThat(wait.reason()).isEqualTo("permission: Bash"));
        assertThat(b.activity().waitingForUser()).isEmpty();

        a.send(preToolUse("s", "Bash", ""));
        assertThat(a.activity().waitingForUser()).isEmpty();
    }

    @Test
    void idlePromptWaitsUntilTheNextPrompt() {
        Windows w = new Windows(dir);
        Window a = w.open(7003).send(sessionStart("s", "startup")).send(prompt("s")).send(stop("s"));
        a.send(notification("s", "idle_prompt", "Claude is waiting for your input"));
        assertThat(a.activity().waitingForUser()).hasValueSatisfying(wait -> {
            assertThat(wait.reason()).isEqualTo("waiting for input: Claude is waiting for your input");
            assertThat(wait.since()).isEqualTo(w.clock.instant());
        });
        a.send(prompt("s"));
        assertThat(a.activity().waitingForUser()).isEmpty();
        assertThat(a.state().lifecycle()).isEqualTo(Lifecycle.ACTIVE);
    }

    @Test
    void sessionEndMarksEndedAndClearsEverything() {
        Window a = new Windows(dir).open(8001).send(sessionStart("s", "startup")).send(prompt("s"));
        a.send(subagentStart("s", "a1", "Explore")).send(permissionRequest("s", "Edit"));
        a.send(sessionEnd("s", "prompt_input_exit"));

        assertThat(a.activity().ended()).isTrue();
        assertThat(a.activity().waitingForUser()).isEmpty();
        assertThat(a.counter()).isZero();
        assertThat(a.state().lifecycle()).isEqualTo(Lifecycle.IDLE);
    }
}
