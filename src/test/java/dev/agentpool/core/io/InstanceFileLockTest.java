package dev.agentpool.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.StateLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceFileLockTest {

    @TempDir
    Path dir;

    @Test
    void createsTheSidecarOfTheInstanceAndOfSharedMode() throws Exception {
        StateLayout layout = new StateLayout(dir);
        InstanceId id = InstanceId.of("20261127_225532_11009_db0cb426");
        try (InstanceFileLock lock = InstanceFileLock.acquire(layout, Optional.of(id))) {
            assertThat(dir.resolve("locks/20261127_225532_11009_db0cb426.lck")).exists();
        }
        try (InstanceFileLock lock = InstanceFileLock.acquire(layout, Optional.empty())) {
            assertThat(dir.resolve("locks/shared.lck")).exists();
        }
    }

    @Test
    void threadsOfOneJvmTakeTurnsWithoutLosingAnUpdate() throws Exception {
        Path lockFile = dir.resolve("locks/x.lck");
        Path counter = Files.writeString(dir.resolve("counter.txt"), "0");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                jobs.add(pool.submit(() -> incrementTimes(lockFile, counter, 100)));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(Files.readString(counter)).isEqualTo("400");
    }

    @Test
    void aThreadThatAlreadyHoldsTheLockGetsAnErrorInsteadOfADeadlock() throws Exception {
        Path lockFile = dir.resolve("locks/y.lck");
        try (InstanceFileLock outer = InstanceFileLock.acquire(lockFile)) {
            assertThatThrownBy(() -> InstanceFileLock.acquire(lockFile)).isInstanceOf(IllegalStateException.class);
        }
        try (InstanceFileLock again = InstanceFileLock.acquire(lockFile)) {
            assertThat(lockFile).exists();
        }
    }

    private static Void incrementTimes(Path lockFile, Path counter, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            try (InstanceFileLock lock = InstanceFileLock.acquire(lockFile)) {
                long value = Long.parseLong(Files.readString(counter).trim());
                AtomicFiles.writeString(counter, Long.toString(value + 1));
            }
        }
        return null;
    }
}
