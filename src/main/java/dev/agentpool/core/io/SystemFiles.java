package dev.agentpool.core.io;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads a small file the system provides ({@code /proc/...}, {@code /etc/timezone}) to its end, through
 * {@link FileInputStream}. Not {@code Files.readAllBytes}/{@code Files.newInputStream}: on Linux they open a
 * {@code FileChannel}, whose first use loads and initialises {@code libnet} (probing IPv6 support by reading
 * {@code /proc/net/if_inet6}) and a dozen {@code sun.nio.ch} classes, about 1 ms of a hook JVM that otherwise
 * needs no channel at all. Not for the state directory's own files: {@link SafeFiles} checks those first.
 * procfs reports a size of 0 and on some kernels (this project's VM) a single read of a {@code /proc/sys/kernel}
 * file returns only its first byte, so this reads until end of file.
 */
public final class SystemFiles {

    /** Far more than any file read through here holds; a bigger one is cut there (never an unbounded read). */
    public static final int MAX_BYTES = 64 * 1024;

    private SystemFiles() {
    }

    public static byte[] read(Path file) throws IOException {
        try (InputStream in = new FileInputStream(file.toFile())) {
            return in.readNBytes(MAX_BYTES);
        }
    }
}
