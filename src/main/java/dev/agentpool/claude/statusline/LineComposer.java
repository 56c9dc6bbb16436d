package dev.agentpool.claude.statusline;

import dev.agentpool.core.format.StatuslineInput;
import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.model.InstanceSnapshot;
import dev.agentpool.core.model.Snapshot;
import java.util.Optional;

/**
 * What the statusline shows for one instance, from a fresh snapshot: its own agents, tokens, confidence and status
 * word, and the agents and instance count of every live instance (so {@code Agents: 3/12 (4)} is this window's 3 of
 * 12 running in 4 live windows).
 */
public final class LineComposer {

    private LineComposer() {
    }

    public static StatuslineInput compose(Snapshot snapshot, InstanceId id) {
        Optional<InstanceSnapshot> self = Optional.empty();
        for (InstanceSnapshot i : snapshot.instances()) { // a loop, not a stream: hot path
            if (i.id().equals(id)) {
                self = Optional.of(i);
                break;
            }
        }
        int live = snapshot.live().size();
        int total = snapshot.liveAgents();
        if (self.isEmpty()) {
            return new StatuslineInput(0, Optional.of(total), Optional.of(live), 0,
                    StatuslineInput.DEFAULT_TOKENS_TOTAL, Optional.empty(), 0, "");
        }
        InstanceSnapshot i = self.get();
        return new StatuslineInput(i.agents().value(), Optional.of(total), Optional.of(live),
                i.tokensUsed().value(), i.tokensTotal().value(), Optional.of(i.tokensPct().value()),
                i.confidence().value(), i.status());
    }
}
