package dev.agentpool.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The monitor's start flags: {@code [tray] [--dir DIR] [--demo] [--no-tray] [--poll-interval SECONDS]}.
 *
 * @param dir the state directory to watch; empty means the default state directory
 * @param demo start the demo simulation in the background (writes into {@code dir})
 * @param noTray run as a plain window even where a system tray exists
 * @param pollInterval how often the directory is rescanned when no change event arrived (2 s default)
 */
public record MonitorOptions(Optional<Path> dir, boolean demo, boolean noTray, Duration pollInterval) {

    public static final Duration DEFAULT_POLL = Duration.ofSeconds(2);
    public static final String USAGE =
            "usage: agentpool [tray] [--dir DIR] [--demo] [--no-tray] [--poll-interval SECONDS]";

    public MonitorOptions {
        if (pollInterval.compareTo(Duration.ofMillis(200)) < 0) {
            throw new IllegalArgumentException("--poll-interval must be at least 0.2 seconds");
        }
    }

    public static MonitorOptions defaults() {
        return new MonitorOptions(Optional.empty(), false, false, DEFAULT_POLL);
    }

    /**
     * True when the arguments start the monitor: none, {@code tray ...}, or nothing but monitor flags
     * ({@code agentpool --demo}). Anything else (subcommands, {@code --help}) belongs to the command line.
     */
    public static boolean isMonitorInvocation(String... args) {
        if (args.length == 0 || args[0].equals("tray")) {
            return true;
        }
        try {
            parse(args);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Parses the flags (a leading {@code tray} word is accepted and ignored).
     *
     * @throws IllegalArgumentException with a message for people on an unknown flag or a bad value
     */
    public static MonitorOptions parse(String... args) {
        List<String> rest = new ArrayList<>(List.of(args));
        if (!rest.isEmpty() && rest.get(0).equals("tray")) {
            rest.remove(0);
        }
        Optional<Path> dir = Optional.empty();
        boolean demo = false;
        boolean noTray = false;
        Duration poll = DEFAULT_POLL;
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            switch (arg) {
                case "--dir" -> dir = Optional.of(Path.of(valueAfter(rest, i++, arg)));
                case "--demo" -> demo = true;
                case "--no-tray" -> noTray = true;
                case "--poll-interval" -> poll = seconds(valueAfter(rest, i++, arg));
                default -> throw new IllegalArgumentException("unknown option '" + arg + "'\n" + USAGE);
            }
        }
        return new MonitorOptions(dir, demo, noTray, poll);
    }

    private static String valueAfter(List<String> args, int index, String flag) {
        if (index + 1 >= args.size() || args.get(index + 1).startsWith("--")) {
            throw new IllegalArgumentException(flag + " needs a value\n" + USAGE);
        }
        return args.get(index + 1);
    }

    private static Duration seconds(String text) {
        try {
            return Duration.ofMillis(Math.round(Double.parseDouble(text) * 1000));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--poll-interval takes seconds, e.g. 2 or 0.5; got '" + text + "'");
        }
    }
}
