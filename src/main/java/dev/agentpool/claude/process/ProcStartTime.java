package dev.agentpool.claude.process;

import dev.agentpool.core.io.SystemFiles;
import dev.agentpool.core.json.Charsets;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * A process's start time read from Linux procfs, computed exactly as the JDK's {@code ProcessHandle.Info
 * .startInstant()} does on Linux (boot time from {@code /proc/stat} "btime" in ms, plus field 22 of
 * {@code /proc/<pid>/stat} in clock ticks × 1000 / ticks per second), so the instance ID and the lock's
 * {@code process_start} agree with what the aggregator's liveness check sees through {@link ProcessHandle}.
 *
 * <p>Why: {@code ProcessHandle}'s first use initialises the JDK's process-reaper executor (a thread pool, built with
 * lambdas), which costs a short-lived hook JVM several milliseconds. Ticks per second come from the kernel's
 * {@code AT_CLKTCK} entry of {@code /proc/self/auxv}. {@link #of} tells "no such process" (empty) from "procfs
 * cannot say" (null): the caller then asks {@link ProcessHandle}.
 */
final class ProcStartTime {

    /** {@code AT_CLKTCK} in {@code <elf.h>}: the kernel's clock ticks per second ({@code sysconf(_SC_CLK_TCK)}). */
    private static final long AT_CLKTCK = 17;

    /** Boot time (s) and clock ticks per second, read once per JVM; 0 = not read yet. Racy but idempotent. */
    private static volatile long bootSeconds;
    private static volatile long hz;

    private ProcStartTime() {
    }

    /** The start time; empty when procfs shows no such process; null when procfs cannot say (not Linux, odd file). */
    static Optional<Instant> of(long pid) {
        try {
            Path proc = Path.of("/proc");
            if (pid <= 0 || !procfs(proc)) {
                return null;
            }
            String stat;
            Path pidStat = proc.resolve(Long.toString(pid)).resolve("stat");
            try {
                stat = read(pidStat);
            } catch (java.io.FileNotFoundException e) {
                // java.io says "not found" for a missing file and for a refused one alike: ask which it was (java.io
                // again: the NIO check would throw and catch two exceptions more per dead pid of a scan)
                if (!pidStat.toFile().exists()) {
                    return Optional.empty(); // our own stat file is there, this one is not: no such process
                }
                return null;
            }
            long ticks = startTicks(stat);
            if (bootSeconds == 0) { // once per JVM: a scan checks every instance's pid
                bootSeconds = bootTime(read(proc.resolve("stat")));
                hz = clockTicksPerSecond(SystemFiles.read(proc.resolve("self").resolve("auxv")));
            }
            if (ticks < 0 || bootSeconds <= 0 || hz <= 0) {
                return null;
            }
            return Optional.of(Instant.ofEpochMilli(bootSeconds * 1000 + ticks * 1000 / hz));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Whether {@code proc} is a procfs with our own stat file; checked once per JVM (a scan asks per instance). */
    private static boolean procfs(Path proc) {
        Boolean known = procfs;
        if (known == null) {
            known = Files.isRegularFile(proc.resolve("self").resolve("stat"));
            procfs = known;
        }
        return known;
    }

    private static volatile Boolean procfs;

    /** procfs files report size 0: read to the end instead of trusting the size ({@link SystemFiles}: no FileChannel). */
    private static String read(Path file) throws IOException {
        return new String(SystemFiles.read(file), Charsets.US_ASCII);
    }

    /** Field 22 (starttime) of a {@code /proc/<pid>/stat} line; the command name (field 2) may hold spaces and ')'. */
    static long startTicks(String stat) {
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            return -1;
        }
        int field = 2;
        int i = close + 1;
        int n = stat.length();
        while (i < n) {
            while (i < n && stat.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            while (i < n && stat.charAt(i) != ' ' && stat.charAt(i) != '\n') {
                i++;
            }
            if (start == i) {
                break;
            }
            field++;
            if (field == 22) {
                return Long.parseLong(stat.substring(start, i));
            }
        }
        return -1;
    }

    /** The {@code btime} line of {@code /proc/stat}: boot time in seconds since the epoch. */
    static long bootTime(String stat) {
        int at = stat.startsWith("btime ") ? 0 : stat.indexOf("\nbtime ");
        if (at < 0) {
            return -1;
        }
        int from = stat.indexOf(' ', at + 1) + 1;
        int to = from;
        while (to < stat.length() && stat.charAt(to) >= '0' && stat.charAt(to) <= '9') {
            to++;
        }
        return to > from ? Long.parseLong(stat.substring(from, to)) : -1;
    }

    /** {@code AT_CLKTCK} from an auxiliary vector of native-endian (type, value) word pairs; -1 when absent. */
    static long clockTicksPerSecond(byte[] auxv) {
        boolean wide = !"32".equals(System.getProperty("sun.arch.data.model"));
        int word = wide ? 8 : 4;
        ByteBuffer buf = ByteBuffer.wrap(auxv).order(ByteOrder.nativeOrder());
        while (buf.remaining() >= 2 * word) {
            long type = wide ? buf.getLong() : buf.getInt() & 0xFFFFFFFFL;
            long value = wide ? buf.getLong() : buf.getInt() & 0xFFFFFFFFL;
            if (type == AT_CLKTCK) {
                return value;
            }
            if (type == 0) {
                break;
            }
        }
        return -1;
    }
}
