package dev.agentpool.cli;

import dev.agentpool.core.aggregate.FileDecoders;
import dev.agentpool.core.aggregate.InstanceFiles;
import dev.agentpool.core.aggregate.InstanceReadings;
import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.json.JsonWriter;
import dev.agentpool.core.model.StateLayout;
import dev.agentpool.core.verify.VerifiedMetrics;
import dev.agentpool.core.verify.Verifier;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code agentpool verify}: the legacy multi-source verifier for one instance ({@code --instance ID} or the
 * environment override) or, with neither, the shared (legacy) mode files.
 */
@Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Combine counter, realtime metrics and state file of one instance (legacy verifier).")
final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StateDirOption stateDir;

    @Mixin
    InstanceOption instance;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--verbose", description = "Add the verification report (which source gave what).")
    boolean verbose;

    @Override
    public Integer call() {
        Optional<InstanceId> id = instance.resolve();
        StateLayout layout = new StateLayout(stateDir.forReading());
        Clock clock = Clock.systemDefaultZone();
        InstanceFiles files = FileDecoders.readInstance(layout, id, clock.getZone());
        Instant now = clock.instant();
        VerifiedMetrics m = Verifier.withDefaultPriorities().verify(InstanceReadings.of(files, now));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonWriter.pretty(VerifyJson.of(m, files, now, verbose)));
        } else {
            VerifyJson.printText(m, id, verbose, out);
        }
        out.flush();
        return 0;
    }
}
