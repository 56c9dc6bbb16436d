package dev.agentpool.core.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaudeSessionsOnePassTest {

    @TempDir
    Path claude;

    @Test
    void onePassListsTheRegistryOnceAndAnswersLikeThePerPidLookup() throws IOException {
        Files.createDirectories(claude.resolve("sessions"));
        Files.writeString(claude.resolve("sessions/123.json"), "{\"pid\": 123, \"sessionId\": \"s-1\", \"status\": \"busy\"}");
        ClaudeSessions sessions = ClaudeSessions.in(claude);
        ClaudeSessions pass = sessions.forOnePass();

        assertThat(pass.forPid(123)).isEqualTo(sessions.forPid(123)).get()
                .extracting(ClaudeSessionEntry::sessionId).isEqualTo("s-1");
        assertThat(pass.forPid(124)).isEmpty();
        assertThat(pass.forPid(0)).isEmpty();

        Files.writeString(claude.resolve("sessions/124.json"), "{\"pid\": 124}");
        assertThat(pass.forPid(124)).as("written after this pass's listing").isEmpty();
        assertThat(sessions.forOnePass().forPid(124)).as("the next pass sees it").isPresent();
    }

    @Test
    void noRegistryDirectoryMeansNoEntries() {
        assertThat(ClaudeSessions.in(claude.resolve("absent")).forOnePass().forPid(1)).isEmpty();
        assertThat(ClaudeSessions.none().forOnePass().forPid(1)).isEmpty();
    }
}
