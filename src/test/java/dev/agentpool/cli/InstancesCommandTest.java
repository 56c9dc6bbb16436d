package dev.agentpool.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.json.Json;
import dev.agentpool.core.json.JsonWriter;
import dev.agentpool.core.model.LockRecord;
import dev.agentpool.core.registry.LockFileCodec;
import dev.agentpool.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@SuppressWarnings("unchecked")
class InstancesCommandTest {

    private static final String ID = "20261127_230000_4242_0123abcd";
    private static final long SELF = ProcessHandle.current().pid();

    @TempDir
    Path tmp;

    private String dir() {
        return tmp.resolve("state").toString();
    }

    @Test
    void generatePrintsAFreshIdAloneOrAsJson() {
        CliRun plain = CliRun.run("instances", "--generate");
        assertThat(plain.exitCode()).isZero();
        assertThat(plain.out().strip()).matches("\\d{8}_\\d{6}_" + SELF + "_[0-9a-f]{8}");
        Map<String, Object> json = Json.parseObject(CliRun.run("instances", "--generate", "--json").out());
        assertThat(json).containsOnlyKeys("instance_id");
    }

    @Test
    void getPrintsTheIdFromTheEnvironment() {
        CliRun run = CliRun.run(Map.of("ULTRATHINK_INSTANCE_ID", ID), "instances", "--get", "--json");
        assertThat(Json.parseObject(run.out())).containsEntry("instance_id", ID);
    }

    @Test
    void aBadIdInTheEnvironmentExitsWithTwoAndOneLineOnStderr() {
        CliRun run = CliRun.run(Map.of("AGENTPOOL_INSTANCE_ID", "../../etc/passwd"), "instances", "--get");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("agentpool: AGENTPOOL_INSTANCE_ID: instance ID must not contain path separators")
                .hasLineCount(1);
    }

    @Test
    void registerWritesALockForTheNamedOwnerWithItsStartTime() throws Exception {
        CliRun run = CliRun.run("instances", "--register", "--pid", Long.toString(SELF), "--instance", ID,
                "--dir", dir(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Json.parseObject(run.out())).containsEntry("registered", true).containsEntry("instance_id", ID);
        Map<String, Object> lock = Json.parseObject(Files.readString(tmp.resolve("state/instances/instance_" + ID + ".lock")));
        assertThat(lock).containsEntry("pid", SELF).containsEntry("owner", "pid").containsKeys("process_start", "host");
    }

    @Test
    void registerDefaultsToTheParentProcessAsOwner() throws Exception {
        CliRun run = CliRun.run("instances", "--register", "--instance", ID, "--dir", dir(), "--json");
        long parent = ProcessHandle.current().parent().orElseThrow().pid();
        assertThat(Json.parseObject(run.out())).containsEntry("pid", parent);
        CliRun list = CliRun.run("instances", "--list", "--dir", dir(), "--json");
        Map<String, Object> json = Json.parseObject(list.out());
        assertThat(json).containsEntry("count", 1L).containsEntry("stale", List.of());
        assertThat(((List<?>) json.get("instances"))).singleElement()
                .satisfies(i -> assertThat((Map<String, Object>) i).containsEntry("instance_id", ID).containsEntry("owner", "parent"));
    }

    @Test
    void listOfTheLegacyFixtureShowsNoActiveInstanceAndFiveStaleOnesWithTheirReason() {
        String legacy = dev.agentpool.testing.LegacyDirs.copyWithImpossiblePid(tmp.resolve("legacy")).toString();
        long pid = dev.agentpool.testing.LegacyDirs.impossiblePid();
        CliRun run = CliRun.run("instances", "--list", "--dir", legacy, "--json");
        Map<String, Object> json = Json.parseObject(run.out());
        assertThat(json).containsEntry("count", 0L).containsEntry("instances", List.of());
        assertThat((List<?>) json.get("stale")).hasSize(5)
                .allSatisfy(s -> assertThat((Map<String, Object>) s).containsEntry("reason", "process_gone"));
        CliRun human = CliRun.run("instances", "--list", "--dir", legacy);
        assertThat(human.out()).startsWith("Active instances: 0")
                .contains("20261127_225537_11009_f45c2b15  stale: process " + pid + " is gone");
    }

    @Test
    void heartbeatWithoutAnInstanceIsAUserError() {
        CliRun run = CliRun.run("instances", "--heartbeat", "--dir", dir());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no instance: pass --instance ID or set AGENTPOOL_INSTANCE_ID");
    }

    @Test
    void cleanupRemovesTheLockOfAnExitedOwnerAndCountsIt() throws Exception {
        Process child = new ProcessBuilder("true").start();
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        Path instances = Files.createDirectories(tmp.resolve("state/instances"));
        Files.setPosixFilePermissions(tmp.resolve("state"), PosixFilePermissions.fromString("rwx------"));
        Instant now = Instant.now();
        LockRecord dead = new LockRecord(InstanceId.of(ID), child.pid(), now, now, now, "", Map.of());
        Files.writeString(instances.resolve("instance_" + ID + ".lock"),
                JsonWriter.pretty(LockFileCodec.toMap(dead, ZoneId.systemDefault())));
        CliRun run = CliRun.run("instances", "--cleanup", "--dir", dir(), "--json");
        assertThat(Json.parseObject(run.out())).containsEntry("cleaned", 1L);
        assertThat(instances.resolve("instance_" + ID + ".lock")).doesNotExist();
    }

    @Test
    void filePathNamesThePerInstanceFileAndRefusesTraversal() {
        CliRun run = CliRun.run("instances", "--file-path", "agent_usage_counter", "--instance", ID, "--dir", dir(), "--json");
        assertThat(Json.parseObject(run.out())).containsEntry("path",
                tmp.resolve("state").resolve("agent_usage_counter_" + ID + ".txt").toString());
        CliRun json = CliRun.run("instances", "--file-path", "realtime_metrics.json", "--instance", ID, "--dir", dir());
        assertThat(json.out().strip()).endsWith("realtime_metrics_" + ID + ".json");
        CliRun bad = CliRun.run("instances", "--file-path", "../../etc/passwd", "--instance", ID, "--dir", dir());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("not a plain file name");
    }

    @Test
    void aDirectoryOthersCanWriteToIsRefusedForWritingWithTheFix() throws Exception {
        Path open = Files.createDirectory(tmp.resolve("open"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
        CliRun run = CliRun.run("instances", "--register", "--pid", Long.toString(SELF), "--dir", open.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("chmod 700 " + open).hasLineCount(1);
    }

    @Test
    void aMissingDirectoryIsAUserErrorForReading() {
        CliRun run = CliRun.run("instances", "--list", "--dir", tmp.resolve("nope").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("does not exist");
    }
}
