package dev.agentpool.cli;

import dev.agentpool.core.id.EnvironmentInstanceId;
import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.id.InvalidInstanceIdException;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --instance ID}, else {@code AGENTPOOL_INSTANCE_ID}, else the legacy {@code ULTRATHINK_INSTANCE_ID}; none of
 * them means shared (legacy) mode. A value that is not a plain ID throws {@link InvalidInstanceIdException} (exit 2
 * with a one-line reason).
 */
public final class InstanceOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Option(names = "--instance", paramLabel = "ID",
            description = "Instance ID (default: $AGENTPOOL_INSTANCE_ID, then $ULTRATHINK_INSTANCE_ID; none = shared mode).")
    private String instance;

    public Optional<InstanceId> resolve() {
        if (instance != null) {
            if (!InstanceId.isValid(instance)) {
                throw InvalidInstanceIdException.from("--instance", instance);
            }
            return Optional.of(InstanceId.of(instance));
        }
        return EnvironmentInstanceId.from(AgentPoolCli.environment(mixee));
    }

    /** The instance, or a user error saying how to name one. */
    public InstanceId require() {
        return resolve().orElseThrow(() -> new IllegalArgumentException(
                "no instance: pass --instance ID or set " + EnvironmentInstanceId.ENV));
    }
}
