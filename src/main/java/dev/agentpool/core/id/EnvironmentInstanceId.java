package dev.agentpool.core.id;

import java.util.Map;
import java.util.Optional;

/**
 * The instance ID forced by the environment: {@value #ENV}, else the legacy {@value #LEGACY_ENV}. Hooks and tests
 * rely on this. A set but invalid value is an error (never silently replaced by a fresh ID, which would split one
 * instance's metrics over two IDs); an empty value counts as unset.
 */
public final class EnvironmentInstanceId {

    public static final String ENV = "AGENTPOOL_INSTANCE_ID";
    public static final String LEGACY_ENV = "ULTRATHINK_INSTANCE_ID";

    private EnvironmentInstanceId() {
    }

    /** The forced ID, empty when neither variable is set; throws {@link InvalidInstanceIdException} naming the variable. */
    public static Optional<InstanceId> from(Map<String, String> env) {
        for (String name : new String[] {ENV, LEGACY_ENV}) {
            String value = env.get(name);
            if (value != null && !value.isEmpty()) {
                if (!InstanceId.isValid(value)) {
                    throw InvalidInstanceIdException.from(name, value);
                }
                return Optional.of(InstanceId.of(value));
            }
        }
        return Optional.empty();
    }
}
