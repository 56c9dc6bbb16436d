package dev.agentpool.claude.process;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.json.Numbers;
import dev.agentpool.core.json.Timestamps;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Function;
import java.util.Map;
import java.util.Optional;

/**
 * The instance ID of a Claude Code process, derived from (pid, process start time) alone so that every hook and
 * statusline command of one window computes the same ID without a search and without a race between two first
 * events: {@code <start as local yyyyMMdd_HHmmss>_<pid>_<8 hex of a hash of pid and start second>}. A reused pid has
 * another start time and so another ID. An explicit {@code AGENTPOOL_INSTANCE_ID} (or the legacy
 * {@code ULTRATHINK_INSTANCE_ID}) wins when it is a valid ID.
 */
public final class InstanceIdentity {

    private InstanceIdentity() {
    }

    /** {@code offsetAt} gives the local UTC offset at an instant (the process start names the ID). */
    public static InstanceId of(ClaudeProcess process, Function<Instant, ZoneOffset> offsetAt,
            Map<String, String> env) {
        return of(process, offsetAt.apply(startOrEpoch(process)), env);
    }

    /**
     * The same with the offset already taken at {@link #startOrEpoch}: what the hot path calls (no lambda to
     * bootstrap in a hook JVM).
     */
    public static InstanceId of(ClaudeProcess process, ZoneOffset offsetAtStart, Map<String, String> env) {
        Optional<InstanceId> explicit = override(env);
        return explicit.isPresent() ? explicit.get() : derive(process.pid(), process.startTime(), offsetAtStart);
    }

    /** The instant whose local offset names the instance: the process start, the epoch when unknown. */
    public static Instant startOrEpoch(ClaudeProcess process) {
        return process.startTime().isPresent() ? process.startTime().get() : Instant.EPOCH;
    }

    public static Optional<InstanceId> override(Map<String, String> env) {
        for (String key : new String[] {"AGENTPOOL_INSTANCE_ID", "ULTRATHINK_INSTANCE_ID"}) {
            String value = env.get(key);
            if (value != null && InstanceId.isValid(value.trim())) {
                return Optional.of(InstanceId.of(value.trim()));
            }
        }
        return Optional.empty();
    }

    /** Start unknown → the stamp is the epoch; the hash still separates pids. */
    public static InstanceId derive(long pid, Optional<Instant> start, ZoneId zone) {
        long second = start.isPresent() ? start.get().getEpochSecond() : 0L;
        // the hot path's zone is a fixed offset: its fields without java.time's calendar classes (Timestamps.localFields)
        int[] f = Timestamps.localFields(second, zone);
        // by hand, not String.format: java.util.Formatter drags locale data into every hook JVM
        String stamp = pad(f[0], 4) + pad(f[1], 2) + pad(f[2], 2) + "_" + pad(f[3], 2) + pad(f[4], 2) + pad(f[5], 2);
        long hash = mix(pid * 0x9E3779B97F4A7C15L + second);
        return InstanceId.of(stamp + "_" + pid + "_" + Numbers.hexDigits((int) hash, 8));
    }

    private static String pad(int value, int width) {
        String digits = Integer.toString(value);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }

    /** splitmix64 finaliser: spreads nearby inputs over all bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
