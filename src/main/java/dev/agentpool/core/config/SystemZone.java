package dev.agentpool.core.config;

import dev.agentpool.core.io.SystemFiles;
import dev.agentpool.core.json.Charsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Whether this JVM's default time zone is UTC, told without {@link java.util.TimeZone#getDefault()}: its first call
 * loads the JDK's whole time-zone database ({@code tzdb.dat}), about 4 ms of a hook JVM's life, only to learn an
 * offset of zero on the many machines (servers, containers, CI) that run in UTC. The answer follows the JDK's own
 * order on Linux: the {@code user.timezone} property, else {@code TZ}, else Debian's {@code /etc/timezone}, else the
 * {@code /etc/localtime} link; without property or TZ both files must say UTC (JDK versions differ in which one
 * they read). Anything unusual (no link, another zone, a POSIX rule in TZ) is "not known to be UTC", and the caller
 * asks TimeZone as before, so a wrong answer is never given. Used by the hook/statusline path and by the CLI's clock.
 */
public final class SystemZone {

    /** Zone ids whose rules in the JDK's database are a fixed offset of zero. */
    private static final Set<String> UTC_IDS = Set.of("UTC", "Etc/UTC", "GMT", "Etc/GMT", "UCT", "Etc/UCT",
            "Universal", "Etc/Universal", "Zulu", "Etc/Zulu", "GMT0", "Etc/GMT0", "Etc/GMT+0", "Etc/GMT-0",
            "Greenwich", "Etc/Greenwich");

    private SystemZone() {
    }

    /** Whether {@code id} names a zone whose rules in the JDK's database are a fixed offset of zero, forever. */
    public static boolean isUtcId(String id) {
        return UTC_IDS.contains(id);
    }

    /** For this JVM: the property, the environment and the files of this machine. */
    public static boolean isUtc() {
        try {
            String link = null;
            Path localtime = Path.of("/etc/localtime");
            if (Files.isSymbolicLink(localtime)) {
                link = Files.readSymbolicLink(localtime).toString();
            }
            String etcTimezone = null;
            Path debian = Path.of("/etc/timezone");
            if (Files.isRegularFile(debian) && Files.size(debian) < 256) {
                String text = new String(SystemFiles.read(debian), Charsets.UTF_8);
                int nl = text.indexOf('\n');
                etcTimezone = nl >= 0 ? text.substring(0, nl) : text;
            }
            return isUtc(System.getProperty("user.timezone"), System.getenv(), etcTimezone, link);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The decision itself. {@code etcTimezone} is the first line of {@code /etc/timezone} (null: no such file);
     * {@code localtimeLink} the target of {@code /etc/localtime} when it is a symbolic link, else null.
     */
    static boolean isUtc(String property, Map<String, String> env, String etcTimezone, String localtimeLink) {
        if (property != null && !property.isEmpty()) {
            return UTC_IDS.contains(property);
        }
        String tz = env.get("TZ");
        if (tz != null && !tz.isEmpty()) {
            return UTC_IDS.contains(tz.startsWith(":") ? tz.substring(1) : tz);
        }
        if (localtimeLink == null || (etcTimezone != null && !etcTimezone.isEmpty() && !UTC_IDS.contains(etcTimezone))) {
            return false;
        }
        int at = localtimeLink.indexOf("zoneinfo/");
        return at >= 0 && UTC_IDS.contains(localtimeLink.substring(at + "zoneinfo/".length()));
    }
}
