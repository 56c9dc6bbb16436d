package dev.agentpool.claude.demo;

import dev.agentpool.claude.HotPathContext;
import dev.agentpool.claude.process.InstanceIdentity;
import dev.agentpool.claude.process.OsProcessTree;
import dev.agentpool.claude.statusline.StatuslineRunner;
import dev.agentpool.core.config.AgentPoolConfig;
import dev.agentpool.core.id.InstanceId;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Simulated Claude Code windows for people without Claude Code (and for {@code agentpool --demo}): each window owns
 * a real, cheap child process ({@code cat} on a pipe from this JVM, {@link DemoProcesses}) whose pid stands in as
 * {@code CLAUDE_PID}, so the monitor sees it live and it ends with this JVM however that ends;
 * once a second every window plays a step of its script through the real hook and statusline code, writing real
 * files. The second window keeps asking for a permission; the last one (with 3+ windows) loses its process after
 * {@link #STALE_AFTER_TICKS} seconds and goes stale. Plain class, no picocli: the CLI and the tray both drive it.
 */
public final class DemoSimulation {

    public static final int STALE_AFTER_TICKS = 25;

    private final Path dir;
    private final int windows;
    private final AgentPoolConfig config;
    private final StatuslineRunner.Snapshots snapshots;
    private final Consumer<String> lines;
    private final List<Process> children = new ArrayList<>();
    private final List<DemoWindow> running = new ArrayList<>();
    private final List<InstanceId> ids = new ArrayList<>();
    private ScheduledExecutorService ticker;
    private int ticks;

    /** {@code windows} simulated windows writing into {@code dir}, status lines from the statusline's own aggregate. */
    public DemoSimulation(Path dir, int windows, AgentPoolConfig config, Consumer<String> lines) {
        this(dir, windows, config, dev.agentpool.claude.Aggregation::forStatusline, lines);
    }

    /**
     * @param snapshots how a fresh snapshot is taken for the status lines (the statusline command's own aggregate)
     * @param lines receives "window N: <status line>" once a second per window (e.g. printed by the CLI)
     */
    public DemoSimulation(Path dir, int windows, AgentPoolConfig config, StatuslineRunner.Snapshots snapshots,
                          Consumer<String> lines) {
        this.dir = dir;
        this.windows = Math.max(1, windows);
        this.config = config;
        this.snapshots = snapshots;
        this.lines = lines;
    }

    /** Starts the owner processes and the once-a-second ticker. */
    public synchronized void start() throws IOException {
        if (ticker != null) {
            return;
        }
        OsProcessTree tree = new OsProcessTree();
        for (int i = 0; i < windows; i++) {
            Process child = DemoProcesses.startOwner();
            children.add(child);
            HotPathContext ctx = HotPathContext.system(dir, config)
                    .withEnv(Map.of("CLAUDE_PID", Long.toString(child.pid())));
            Optional<java.time.Instant> start = tree.lookup(child.pid()).flatMap(n -> n.startTime());
            ids.add(InstanceIdentity.derive(child.pid(), start, ctx.offsetAt(start.orElse(java.time.Instant.EPOCH))));
            DemoWindow w = new DemoWindow(i, ctx, i == 1, snapshots);
            w.open();
            running.add(w);
        }
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "agentpool-demo");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(this::tick, 0, 1, TimeUnit.SECONDS);
    }

    private synchronized void tick() {
        try {
            ticks++;
            if (windows >= 3 && ticks == STALE_AFTER_TICKS) {
                DemoWindow last = running.remove(running.size() - 1);
                children.get(last.index()).destroy();
                lines.accept("window " + (last.index() + 1) + ": its process " + children.get(last.index()).pid()
                        + " ended: the monitor shows it stale");
            }
            for (DemoWindow w : running) {
                lines.accept("window " + (w.index() + 1) + ": " + w.tick());
            }
        } catch (RuntimeException e) {
            lines.accept("demo step failed: " + e);
        }
    }

    /** Stops ticking and ends the owner processes; the files stay (see {@link #clean()}). */
    public void stop() {
        ScheduledExecutorService t;
        synchronized (this) {
            t = ticker;
            ticker = null;
        }
        if (t != null) {
            t.shutdownNow();
            try {
                t.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            children.forEach(DemoSimulation::end);
        }
    }

    /** Ends an owner process: politely, then for sure (stop() may run in a shutdown hook; it must not hang). */
    private static void end(Process child) {
        child.destroy();
        try {
            if (!child.waitFor(2, TimeUnit.SECONDS)) {
                child.destroyForcibly().waitFor(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Deletes the files of the simulated instances (call after {@link #stop()}); returns how many. */
    public synchronized int clean() throws IOException {
        return DemoFiles.delete(dir, ids);
    }

    public synchronized List<InstanceId> instanceIds() {
        return List.copyOf(ids);
    }

    public synchronized List<Long> ownerPids() {
        return children.stream().map(Process::pid).toList();
    }

    public Optional<Path> directory() {
        return Optional.of(dir);
    }
}
