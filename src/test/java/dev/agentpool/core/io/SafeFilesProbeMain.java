package dev.agentpool.core.io;

import java.nio.file.Path;

/** Run by {@link UnreadableFileTest} as an unprivileged user: prints what SafeFiles says about a file. */
public final class SafeFilesProbeMain {

    public static void main(String[] args) {
        Outcome<String> read = SafeFiles.readText(Path.of(args[0]));
        System.out.println(read.isOk() ? "OK:" + read.value() : "FAILED:" + read.reason());
    }
}
