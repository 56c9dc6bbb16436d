package dev.agentpool.cli;

import java.nio.file.Path;

/**
 * The common forms of {@code aggregate} that {@link AggregateFastPath} handles without picocli:
 * {@code aggregate [--all|--agents|--confidence|--state] [--json] [--dir D | --dir=D]}, each flag at most once.
 * {@link #parse} returns {@code null} for anything else, so picocli parses it and reports errors its own way.
 */
record AggregateArgs(Mode mode, boolean json, Path dir) {

    /** Which part of the aggregate to print. */
    enum Mode { ALL, AGENTS, CONFIDENCE, STATE }

    /** {@code args[0]} must be "aggregate"; null when any argument is outside the handled forms. */
    static AggregateArgs parse(String[] args) {
        if (args.length == 0 || !"aggregate".equals(args[0])) {
            return null;
        }
        Mode mode = null;
        boolean json = false;
        String dir = null;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            Mode m = modeOf(a);
            if (m != null) {
                if (mode != null) {
                    return null; // exclusive group or repeated flag: picocli's error
                }
                mode = m;
            } else if ("--json".equals(a)) {
                if (json) {
                    return null;
                }
                json = true;
            } else if ("--dir".equals(a) || a.startsWith("--dir=")) {
                String value = a.length() > 5 ? a.substring(6) : i + 1 < args.length ? args[++i] : null;
                if (dir != null || value == null || value.isEmpty() || value.startsWith("-")) {
                    return null;
                }
                dir = value;
            } else {
                return null;
            }
        }
        return pathOf(mode == null ? Mode.ALL : mode, json, dir);
    }

    private static AggregateArgs pathOf(Mode mode, boolean json, String dir) {
        try {
            return new AggregateArgs(mode, json, dir == null ? null : Path.of(dir));
        } catch (java.nio.file.InvalidPathException e) {
            return null; // picocli reports an unconvertible path
        }
    }

    private static Mode modeOf(String arg) {
        return switch (arg) {
            case "--all" -> Mode.ALL;
            case "--agents" -> Mode.AGENTS;
            case "--confidence" -> Mode.CONFIDENCE;
            case "--state" -> Mode.STATE;
            default -> null;
        };
    }
}
