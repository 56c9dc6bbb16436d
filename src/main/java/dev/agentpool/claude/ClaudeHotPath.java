package dev.agentpool.claude;

import dev.agentpool.claude.hook.HookRunner;
import dev.agentpool.claude.io.BoundedInput;
import dev.agentpool.claude.statusline.StatuslineRunner;
import dev.agentpool.core.config.ConfigLoader;
import dev.agentpool.core.config.StateDirectory;
import dev.agentpool.core.json.Charsets;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The two commands Claude Code runs many times a minute, dispatched by {@code Main} before picocli loads. Both
 * always return exit code 0: a failing hook would show Claude Code users an error for a monitor's problem.
 */
public final class ClaudeHotPath {

    private ClaudeHotPath() {
    }

    /** {@code agentpool hook [--dir D]}: the event JSON on stdin, nothing on stdout. */
    public static int hook(String[] args, InputStream in) {
        try {
            HotPathContext ctx = context(HotPathArgs.parse(args));
            Optional<String> payload = BoundedInput.read(in, BoundedInput.MAX_BYTES);
            if (payload.isEmpty()) {
                ctx.log().warn("hook: payload larger than " + BoundedInput.MAX_BYTES + " bytes, ignored");
            } else if (payload.get().isBlank()) {
                ctx.log().warn("hook: empty payload, ignored");
            } else {
                new HookRunner(ctx).handle(payload.get());
            }
        } catch (IOException | RuntimeException | Error e) {
            // nowhere safe to report it but the log, which may be what failed
        }
        return 0;
    }

    /** {@code agentpool statusline [--dir D] [--compact] [--color]}: statusLine JSON on stdin, one line out. */
    public static int statusline(String[] args, InputStream in, PrintStream out) {
        String line = StatuslineRunner.FALLBACK;
        try {
            HotPathArgs options = HotPathArgs.parse(args);
            HotPathContext ctx = context(options);
            Optional<String> payload = BoundedInput.read(in, BoundedInput.MAX_BYTES);
            if (payload.isPresent() && !payload.get().isBlank()) {
                line = new StatuslineRunner(ctx, Aggregation.STATUSLINE).run(payload.get(), options.compact(),
                        options.colour());
            }
        } catch (IOException | RuntimeException | Error e) {
            // fall back to the short line
        }
        // UTF-8 whatever the locale says: the status word is an emoji
        byte[] bytes = (line + "\n").getBytes(Charsets.UTF_8);
        out.write(bytes, 0, bytes.length);
        out.flush();
        return 0;
    }

    /** Creates the state directory private when missing; refuses (throws) one that other users can write to. */
    private static HotPathContext context(HotPathArgs args) {
        Map<String, String> env = System.getenv();
        Path dir = StateDirectory.forWriting(args.stateDir(env));
        ConfigLoader.Loaded config = ConfigLoader.load(dir, env);
        HotPathContext ctx = HotPathContext.system(dir, config.config());
        for (String m : config.messages()) { // loops, not lambdas, on this path: see docs/benchmarks.md
            ctx.log().warn("config: " + m);
        }
        return ctx;
    }
}
