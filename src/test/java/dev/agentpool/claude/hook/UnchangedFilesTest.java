package dev.agentpool.claude.hook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.claude.InstanceFiles;
import dev.agentpool.claude.Payloads;
import dev.agentpool.claude.Windows;
import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.io.InstanceFileLock;
import dev.agentpool.core.model.StateLayout;
import dev.agentpool.core.model.StateLayout.FileKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fewer writes per event (docs/benchmarks.md, Claude Code hot path): a file whose content would not change is not
 * rewritten, and a heartbeat alone only once the one on disk is {@link InstanceFiles#REFRESH_AFTER} old. Time is an
 * injected clock; "not rewritten" means the file is still the same file (its file key, device and inode):
 * AtomicFiles replaces a file by renaming a new one over it. (A marker appended to the content would not do: the
 * hook compares what it would write with the text on disk, so a file in another form is rewritten once.)
 */
class UnchangedFilesTest {

    @TempDir
    Path dir;

    @Test
    void aRepeatedEventWithinTheRefreshTimeRewritesNothing() throws IOException {
        Windows windows = new Windows(dir);
        Windows.Window w = windows.open(4242);
        w.send(Payloads.sessionStart("s1", "startup")).send(Payloads.subagentStart("s1", "a1", "Explore"));
        Path lock = w.files().path(FileKind.LOCK);
        Path activity = w.files().path(FileKind.ACTIVITY);
        Object lockKey = fileKey(lock);
        Object activityKey = fileKey(activity);

        windows.clock.advance(Duration.ofSeconds(3));
        w.send(Payloads.subagentStart("s1", "a1", "Explore")); // repeated: changes nothing but the time

        assertThat(fileKey(lock)).isEqualTo(lockKey);
        assertThat(fileKey(activity)).isEqualTo(activityKey);
        assertThat(w.counter()).isEqualTo(1);
    }

    /** A lock in another form than ours (here: trailing whitespace) is rewritten once in ours, then left alone. */
    @Test
    void aFileInAnotherFormIsRewrittenOnceInOurs() throws IOException {
        Windows windows = new Windows(dir);
        Windows.Window w = windows.open(4242);
        w.send(Payloads.sessionStart("s1", "startup"));
        Path lock = w.files().path(FileKind.LOCK);
        String ours = Files.readString(lock);
        Files.writeString(lock, ours + "  \n");

        windows.clock.advance(Duration.ofSeconds(1));
        w.send(Payloads.prompt("s1"));
        assertThat(Files.readString(lock)).doesNotEndWith(" \n").endsWith("}");
        Object key = fileKey(lock);

        windows.clock.advance(Duration.ofSeconds(1));
        w.send(Payloads.prompt("s1"));
        assertThat(fileKey(lock)).isEqualTo(key);
    }

    /**
     * An event that changes nothing takes no lock (no FileChannel in a hook JVM). The lock is not reentrant, so while
     * this thread holds it, a locking event fails (the hook logs it and records nothing) and a lock-free one succeeds.
     */
    @Test
    void anEventThatChangesNothingTakesNoLock() throws IOException {
        Windows windows = new Windows(dir);
        Windows.Window w = windows.open(4242);
        w.send(Payloads.sessionStart("s1", "startup")).send(Payloads.subagentStart("s1", "a1", "Explore"));
        windows.clock.advance(Duration.ofSeconds(1));
        try (InstanceFileLock held = InstanceFileLock.acquire(new StateLayout(dir), Optional.of(w.id))) {
            w.send(Payloads.subagentStart("s1", "a1", "Explore")); // repeated: would throw if it took the lock
            Optional<InstanceId> changing = new HookRunner(windows.base.withEnv(Map.of("CLAUDE_PID", "4242")))
                    .handle(Payloads.subagentStart("s1", "a2", "Explore"));
            assertThat(changing).isEmpty();
        }
        assertThat(w.activity().runningSubagents()).containsOnlyKeys("a1");
        w.send(Payloads.subagentStart("s1", "a2", "Explore")); // the lock is free again: recorded
        assertThat(w.activity().runningSubagents()).containsOnlyKeys("a1", "a2");
        assertThat(w.counter()).isEqualTo(2);
    }

    @Test
    void theHeartbeatIsRefreshedOnceTheOneOnDiskIsOldEnough() throws IOException {
        Windows windows = new Windows(dir);
        Windows.Window w = windows.open(4242);
        w.send(Payloads.sessionStart("s1", "startup"));
        Instant firstBeat = w.lock().lastHeartbeat();

        windows.clock.advance(InstanceFiles.REFRESH_AFTER.minusMillis(1));
        w.send(Payloads.prompt("s1"));
        assertThat(w.lock().lastHeartbeat()).isEqualTo(firstBeat);

        windows.clock.advance(Duration.ofMillis(1));
        w.send(Payloads.prompt("s1"));
        assertThat(w.lock().lastHeartbeat()).isEqualTo(windows.clock.instant());
        assertThat(w.activity().updated()).contains(windows.clock.instant());
    }

    @Test
    void aRealChangeIsWrittenAtOnceWithAFreshHeartbeat() throws IOException {
        Windows windows = new Windows(dir);
        Windows.Window w = windows.open(4242);
        w.send(Payloads.sessionStart("s1", "startup"));

        windows.clock.advance(Duration.ofSeconds(1));
        w.send(Payloads.subagentStart("s1", "a1", "Explore"));
        assertThat(w.activity().runningSubagents()).containsOnlyKeys("a1");
        assertThat(w.activity().updated()).contains(windows.clock.instant());
        assertThat(w.counter()).isEqualTo(1);

        windows.clock.advance(Duration.ofSeconds(1));
        w.send(Payloads.sessionStart("s2", "clear")); // /clear: a new session id is lock content
        assertThat(w.claudeMetadata()).containsEntry("session_id", "s2");
        assertThat(w.lock().lastHeartbeat()).isEqualTo(windows.clock.instant());
    }

    @Test
    void aHeartbeatFromTheFutureIsNotTrusted() throws IOException {
        Windows windows = new Windows(dir);
        Windows.Window w = windows.open(4242);
        w.send(Payloads.sessionStart("s1", "startup"));
        windows.clock.advance(Duration.ofSeconds(-2)); // the wall clock stepped back
        w.send(Payloads.prompt("s1"));
        assertThat(w.lock().lastHeartbeat()).isEqualTo(windows.clock.instant());
    }

    /** A short configured heartbeat age shrinks the window: the coarsening never decides staleness. */
    @Test
    void theHeartbeatWindowIsATenthOfAShortMaximumAge() {
        assertThat(InstanceFiles.heartbeatRefresh(Duration.ofSeconds(3600))).isEqualTo(InstanceFiles.REFRESH_AFTER);
        assertThat(InstanceFiles.heartbeatRefresh(Duration.ofSeconds(50))).isEqualTo(Duration.ofSeconds(5));
        assertThat(InstanceFiles.heartbeatRefresh(Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(1));
        assertThat(InstanceFiles.heartbeatRefresh(Duration.ofSeconds(1))).isEqualTo(Duration.ofMillis(100));
    }

    /** Which file the name stands for (device and inode): a replaced file has another one. */
    private static Object fileKey(Path file) throws IOException {
        Object key = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        assertThat(key).as("file keys on this file system").isNotNull();
        return key;
    }
}
