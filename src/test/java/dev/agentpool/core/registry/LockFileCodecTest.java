package dev.agentpool.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.io.Outcome;
import dev.agentpool.core.json.Json;
import dev.agentpool.core.json.JsonWriter;
import dev.agentpool.core.model.LockRecord;
import dev.agentpool.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LockFileCodecTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final InstanceId FIRST = InstanceId.of(Fixtures.LEGACY_IDS_FIRST);

    private static Path legacyLock() {
        return Fixtures.legacyStateDir().resolve("instances/instance_" + FIRST + ".lock");
    }

    @Test
    void readsALegacyLockWithNaiveTimestampsAsLocalTime() {
        Outcome<LockRecord> read = LockFileCodec.read(legacyLock(), FIRST, BERLIN);
        assertThat(read.warnings()).isEmpty();
        LockRecord lock = read.value();
        assertThat(lock.id()).isEqualTo(FIRST);
        assertThat(lock.pid()).isEqualTo(11009);
        assertThat(lock.startTime()).isEqualTo(LocalDateTime.parse("2026-11-27T22:55:32.654372").atZone(BERLIN).toInstant());
        assertThat(lock.lastHeartbeat()).isEqualTo(LocalDateTime.parse("2026-11-27T22:55:32.654378").atZone(BERLIN).toInstant());
        assertThat(lock.processStart()).isNull();
        assertThat(lock.host()).isEmpty();
        assertThat(lock.metadata()).containsEntry("window", 1L);
    }

    @Test
    void writesALegacyLockBackByteIdentical() throws Exception {
        LockRecord lock = LockFileCodec.read(legacyLock(), FIRST, BERLIN).value();
        assertThat(JsonWriter.pretty(LockFileCodec.toMap(lock, BERLIN))).isEqualTo(Files.readString(legacyLock()));
    }

    @Test
    void writesLegacyKeysNaiveWithMicrosecondsThenOurKeysWithOffset() {
        Instant t = Instant.parse("2026-11-27T21:55:32.000001Z");
        LockRecord lock = new LockRecord(FIRST, 42, t, t, Instant.parse("2026-11-27T21:00:00Z"), "box",
                Map.of("window", 1L), "parent");
        Map<String, Object> map = LockFileCodec.toMap(lock, BERLIN);
        assertThat(map).containsOnlyKeys("instance_id", "pid", "start_time", "last_heartbeat", "metadata",
                "process_start", "host", "owner");
        assertThat(map.get("pid")).isInstanceOf(Long.class);
        assertThat(map.get("start_time")).isEqualTo("2026-11-27T22:55:32.000001");
        assertThat(map.get("last_heartbeat")).isEqualTo("2026-11-27T22:55:32.000001");
        assertThat(map.get("process_start")).isEqualTo("2026-11-27T22:00:00+01:00");
        assertThat(map.get("owner")).isEqualTo("parent");
    }

    @Test
    void roundTripsEveryField() {
        LockRecord lock = new LockRecord(FIRST, 42, Instant.parse("2026-11-27T21:55:32.123456Z"),
                Instant.parse("2026-11-27T21:56:02.5Z"), Instant.parse("2026-11-27T20:00:00.25Z"), "box",
                Map.of("claude", Map.of("cwd", "/tmp/x")), "pid");
        String text = JsonWriter.pretty(LockFileCodec.toMap(lock, BERLIN));
        assertThat(LockFileCodec.parse(Json.parseObject(text), BERLIN).value()).isEqualTo(lock);
    }

    @Test
    void acceptsTimestampsWithOffsetOrZ() {
        Map<String, Object> map = Json.parseObject("{\"instance_id\": \"" + FIRST + "\", \"pid\": 7,"
                + " \"start_time\": \"2026-11-27T22:55:32Z\", \"last_heartbeat\": \"2026-11-27T23:55:32+01:00\"}");
        LockRecord lock = LockFileCodec.parse(map, ZoneOffset.ofHours(-5)).value();
        assertThat(lock.startTime()).isEqualTo(Instant.parse("2026-11-27T22:55:32Z"));
        assertThat(lock.lastHeartbeat()).isEqualTo(Instant.parse("2026-11-27T22:55:32Z"));
    }

    @Test
    void refusesATraversalIdInTheContent() {
        Outcome<LockRecord> read = parse("{\"instance_id\": \"../../etc/passwd\", \"pid\": 7}");
        assertThat(read.reason()).contains("instance_id").contains("path separators");
    }

    @Test
    void refusesContentWhoseIdDiffersFromTheFileName() throws Exception {
        Path f = Files.createTempFile("lock", ".lock");
        Files.writeString(f, "{\"instance_id\": \"20261127_225533_11009_5b34d339\", \"pid\": 7}");
        assertThat(LockFileCodec.read(f, FIRST, BERLIN).reason()).contains("does not match the file name");
        Files.delete(f);
    }

    @Test
    void refusesAMissingNegativeOrNonNumericPid() {
        assertThat(parse("{\"instance_id\": \"" + FIRST + "\"}").reason()).contains("pid");
        assertThat(parse("{\"instance_id\": \"" + FIRST + "\", \"pid\": -4}").reason()).contains("pid: negative");
        assertThat(parse("{\"instance_id\": \"" + FIRST + "\", \"pid\": \"11009\"}").reason()).contains("pid: expected");
        assertThat(parse("{\"instance_id\": \"" + FIRST + "\", \"pid\": NaN}").reason()).contains("pid");
    }

    @Test
    void dropsABadHeartbeatWithAWarningSoItReadsAsMissing() {
        Outcome<LockRecord> read = parse("{\"instance_id\": \"" + FIRST + "\", \"pid\": 7, \"last_heartbeat\": \"yesterday\","
                + " \"metadata\": [1]}");
        assertThat(read.value().lastHeartbeat()).isNull();
        assertThat(read.value().metadata()).isEmpty();
        assertThat(read.warnings()).hasSize(2).anyMatch(w -> w.startsWith("last_heartbeat: not an ISO-8601"));
    }

    private static Outcome<LockRecord> parse(String json) {
        return LockFileCodec.parse(Json.parseObject(json), BERLIN);
    }
}
