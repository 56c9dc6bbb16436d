package dev.agentpool.core.metrics;

import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.io.AtomicFiles;
import dev.agentpool.core.io.InstanceFileLock;
import dev.agentpool.core.io.Outcome;
import dev.agentpool.core.json.JsonWriter;
import dev.agentpool.core.model.Lifecycle;
import dev.agentpool.core.model.StateLayout;
import dev.agentpool.core.model.StateLayout.FileKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The statusline state of one instance (or shared mode) and its lifecycle: an update makes it ACTIVE with fresh
 * values; {@link #freeze()} turns ACTIVE into COMPLETING (values frozen, {@code request_count} + 1); {@link #idle()}
 * turns it IDLE with the frozen values still shown, until the next update. Freezing a state that is not ACTIVE
 * changes nothing, so a repeated freeze never counts a request twice. Every change holds the instance's file lock
 * and replaces the file atomically; a corrupt state file is replaced (warning in the returned {@link Outcome}).
 */
public final class StatePersistence {

    private final StateLayout layout;
    private final Optional<InstanceId> instance;
    private final Clock clock;

    public StatePersistence(StateLayout layout, Optional<InstanceId> instance, Clock clock) {
        this.layout = layout;
        this.instance = instance;
        this.clock = clock;
    }

    public Path path() {
        return layout.path(FileKind.STATE, instance);
    }

    /** The stored state; {@link StatuslineState#initial()} when there is no file; a failure when it is unreadable. */
    public Outcome<StatuslineState> current() {
        if (!Files.exists(path(), LinkOption.NOFOLLOW_LINKS)) {
            return Outcome.ok(StatuslineState.initial());
        }
        return StatuslineStateCodec.read(path(), clock.getZone());
    }

    /** Shows {@code values}; the state becomes ACTIVE whatever it was. */
    public Outcome<StatuslineState> update(DisplayValues values) throws IOException {
        return change(old -> {
            Instant now = clock.instant();
            return new StatuslineState(Lifecycle.ACTIVE, values.agentsText(), values.tokensUsed(), values.tokensTotal(),
                    values.tokensPct(), StatuslineState.tokensDisplay(values.tokensUsed(), values.tokensTotal()),
                    values.confidenceText(), values.status(), values.executing(), Optional.of(now), Optional.of(now),
                    Optional.empty(), old.requestCount());
        });
    }

    /** ACTIVE → COMPLETING: freezes the shown values and counts the request. */
    public Outcome<StatuslineState> freeze() throws IOException {
        return change(old -> old.lifecycle() != Lifecycle.ACTIVE ? old
                : old.withLifecycle(Lifecycle.COMPLETING, false, Optional.of(clock.instant()), clock.instant(),
                        old.requestCount() + 1));
    }

    /** → IDLE, keeping the frozen values visible. */
    public Outcome<StatuslineState> idle() throws IOException {
        return change(old -> old.lifecycle() == Lifecycle.IDLE ? old
                : old.withLifecycle(Lifecycle.IDLE, false, old.frozenAt(), clock.instant(), old.requestCount()));
    }

    private Outcome<StatuslineState> change(Function<StatuslineState, StatuslineState> next) throws IOException {
        try (InstanceFileLock guard = InstanceFileLock.acquire(layout, instance)) {
            Outcome<StatuslineState> current = current();
            List<String> warnings = new ArrayList<>(current.warnings());
            if (!current.isOk()) {
                warnings.add("replaced unreadable state " + path() + " (" + current.reason() + ")");
            }
            StatuslineState old = current.orElse(StatuslineState.initial());
            StatuslineState updated = next.apply(old);
            if (!updated.equals(old) || !current.isOk()) {
                Files.createDirectories(layout.dir());
                AtomicFiles.writeString(path(), JsonWriter.pretty(StatuslineStateCodec.toMap(updated, clock.getZone())));
            }
            return Outcome.ok(updated, warnings);
        }
    }
}
