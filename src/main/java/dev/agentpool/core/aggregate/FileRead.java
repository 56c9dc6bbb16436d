package dev.agentpool.core.aggregate;

import dev.agentpool.core.io.Outcome;
import dev.agentpool.core.time.Elapsed;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * One file of the state directory as read during a scan: its path, its modification time (null when it could
 * not even be stat'ed) and the decoded content or the reason there is none.
 */
public record FileRead<T>(Path path, Instant modified, Outcome<T> content) {

    /** now − modification time; {@link Duration#ZERO} when unknown. */
    public Duration age(Instant now) {
        // Elapsed, not Duration.between: no generic Temporal.until path (a scan asks ~100,000 times)
        return modified == null ? Duration.ZERO : Elapsed.between(modified, now);
    }

    public boolean isOk() {
        return content.isOk();
    }

    public T value() {
        return content.value();
    }

    public <U> FileRead<U> map(Function<T, Outcome<U>> decode) {
        return new FileRead<>(path, modified, content.flatMap(decode));
    }

    /** {@link #map} with the decoded outcome already computed ({@link Outcome#then}); no lambda needed. */
    public <U> FileRead<U> then(Outcome<U> next) {
        return new FileRead<>(path, modified, content.then(next));
    }

    /** This read's failure as a read of another type; only for a read that is not {@link #isOk()}. */
    public <U> FileRead<U> failure() {
        return new FileRead<>(path, modified, Outcome.failed(content.reason()));
    }
}
