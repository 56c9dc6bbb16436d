package dev.agentpool.cli;

import dev.agentpool.core.config.StateDirectory;
import dev.agentpool.core.model.Snapshot;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * {@code agentpool aggregate} without picocli for its common forms ({@code [--all|--agents|--confidence|--state]
 * [--json] [--dir D]}): a short-lived JVM spends more on loading and initialising picocli (~180 classes, annotation
 * reflection) than on scanning a small directory. Same printers, same engine, same output bytes and exit codes as
 * {@link AggregateCommand}. Anything else (help, version, {@code --instance}, {@code --cleanup}, a repeated or
 * unknown flag) is not handled here: {@link #run} returns {@link #NOT_HANDLED} and {@code Main} hands the arguments
 * to picocli, so its messages stay the only ones.
 */
public final class AggregateFastPath {

    /** Returned by {@link #run} when the arguments are not a form this path handles. */
    public static final int NOT_HANDLED = -1;

    private AggregateFastPath() {
    }

    /** Runs {@code args} ({@code args[0]} = "aggregate") with the process environment and streams. */
    public static int run(String[] args) {
        AggregateArgs parsed = AggregateArgs.parse(args);
        if (parsed == null) {
            return NOT_HANDLED;
        }
        return run(parsed, System.getenv(), System.out, System.err);
    }

    /** Runs the parsed form; output goes to {@code out} in one write (the charset picocli would use). */
    static int run(AggregateArgs args, Map<String, String> env, PrintStream out, PrintStream err) {
        PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, stdEncoding("sun.stderr.encoding")),
                true);
        try {
            Path dir = StateDirectory.forReading(StateDirectory.resolve(Optional.ofNullable(args.dir()), env,
                    System.getProperty("os.name", ""), Path.of(System.getProperty("user.home", "."))));
            String text;
            try (Engine engine = new Engine(dir, env, errWriter)) {
                Snapshot s = engine.aggregator().scan();
                text = render(args, s, engine.clock().getZone());
            }
            byte[] bytes = text.getBytes(stdEncoding("sun.stdout.encoding"));
            out.write(bytes, 0, bytes.length);
            out.flush();
            return 0;
        } catch (IllegalArgumentException | IllegalStateException e) {
            // what UserErrorHandler prints for the same exceptions under picocli
            errWriter.println("agentpool: " + e.getMessage());
            errWriter.flush();
            return UserErrorHandler.USER_ERROR;
        }
    }

    /** The whole output as text: exactly what {@link AggregateCommand} prints line by line. */
    static String render(AggregateArgs args, Snapshot s, java.time.ZoneId zone) {
        if (args.json()) {
            return AggregateJson.render(args.mode(), s, zone) + System.lineSeparator();
        }
        StringWriter buffer = new StringWriter(1024);
        PrintWriter out = new PrintWriter(buffer);
        switch (args.mode()) {
            case AGENTS -> AggregateText.agents(s.legacy(), out);
            case CONFIDENCE -> AggregateText.confidence(s.legacy(), out);
            case STATE -> AggregateText.state(s.legacy(), out);
            case ALL -> AggregateText.all(s, out);
        }
        out.flush();
        return buffer.toString();
    }

    /** picocli's choice of stream encoding: the JDK's property for the stream if set, else the default charset. */
    private static Charset stdEncoding(String property) {
        String name = System.getProperty(property);
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (RuntimeException e) {
            return Charset.defaultCharset();
        }
    }
}
