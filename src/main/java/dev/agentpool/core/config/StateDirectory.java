package dev.agentpool.core.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the state directory is and whether it may be used. Resolution: {@code --dir}, else {@code AGENTPOOL_HOME},
 * else the per-user default ({@code $XDG_STATE_HOME/agentpool} or {@code ~/.local/state/agentpool} on Linux,
 * {@code ~/Library/Application Support/agentpool} on macOS, {@code %LOCALAPPDATA%\agentpool} on Windows).
 *
 * <p>Reading needs only an existing, readable directory (reads are hostile-input safe), so a read-only legacy
 * directory can be watched. Writing needs a private directory: a missing one is created 0700; an existing one that
 * other users can write to is refused with {@link StateDirectoryException} naming the fix ({@code chmod 700 DIR}),
 * because they could plant symlinks or fake instances. On file systems without POSIX permissions (Windows) the
 * permission check is skipped.
 */
public final class StateDirectory {

    public static final String HOME_ENV = "AGENTPOOL_HOME";
    private static final String APP = "agentpool";

    private StateDirectory() {
    }

    /** The directory to use, without touching the disk. */
    public static Path resolve(Optional<Path> flag, Map<String, String> env, String osName, Path userHome) {
        if (flag.isPresent()) {
            return flag.get().toAbsolutePath().normalize();
        }
        String home = env.get(HOME_ENV);
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        return defaultDir(env, osName, userHome);
    }

    /** The per-user default for the platform {@code osName} (a {@code os.name} value). */
    public static Path defaultDir(Map<String, String> env, String osName, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return userHome.resolve("Library").resolve("Application Support").resolve(APP);
        }
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : userHome.resolve("AppData").resolve("Local");
            return base.resolve(APP);
        }
        String xdg = env.get("XDG_STATE_HOME");
        // The XDG spec says relative values are invalid and must be ignored.
        Path base = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : userHome.resolve(".local").resolve("state");
        return base.resolve(APP);
    }

    /** Checks that {@code dir} can be read; throws {@link StateDirectoryException} saying what is wrong. */
    public static Path forReading(Path dir) {
        if (!Files.exists(dir)) {
            throw new StateDirectoryException("state directory " + dir + " does not exist");
        }
        if (!Files.isDirectory(dir)) {
            throw new StateDirectoryException("state directory " + dir + " is not a directory");
        }
        if (!Files.isReadable(dir) || !Files.isExecutable(dir)) {
            throw new StateDirectoryException("state directory " + dir + " is not readable");
        }
        return dir;
    }

    /** Creates {@code dir} private (0700) when missing; refuses an existing one other users can write to. */
    public static Path forWriting(Path dir) {
        try {
            if (!Files.exists(dir)) {
                Files.createDirectories(dir);
                if (isPosix(dir)) {
                    // set explicitly: the attribute given at creation would be reduced by the umask anyway
                    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
                }
            }
            forReading(dir);
            refuseIfOthersCanWrite(dir);
            refuseIfOthersCanWrite(dir.resolve("instances"));
            refuseIfOthersCanWrite(dir.resolve("locks"));
            if (!Files.isWritable(dir)) {
                throw new StateDirectoryException("state directory " + dir + " is not writable");
            }
            return dir;
        } catch (IOException e) {
            throw new StateDirectoryException("cannot create state directory " + dir + ": " + e.getMessage());
        }
    }

    /**
     * One attribute read per directory, not {@code isDirectory} + {@code supportedFileAttributeViews} +
     * {@code getPosixFilePermissions}: the hook and statusline check three directories on every run, and the list of
     * supported views alone loads a dozen classes there. A file system without POSIX permissions (Windows) refuses
     * the read ({@link UnsupportedOperationException}); a directory that is not there (yet) or cannot be looked at
     * has nothing to check, as before.
     */
    private static void refuseIfOthersCanWrite(Path dir) {
        PosixFileAttributes attrs;
        try {
            attrs = Files.readAttributes(dir, PosixFileAttributes.class);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return;
        }
        if (!attrs.isDirectory()) {
            return;
        }
        Set<PosixFilePermission> perms = attrs.permissions();
        if (perms.contains(PosixFilePermission.GROUP_WRITE) || perms.contains(PosixFilePermission.OTHERS_WRITE)) {
            throw new StateDirectoryException("state directory " + dir + " is writable by other users ("
                    + PosixFilePermissions.toString(perms) + "); make it private: chmod 700 " + dir);
        }
    }

    private static boolean isPosix(Path dir) {
        return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
