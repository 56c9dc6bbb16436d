package dev.agentpool.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's {@code --help} renders without picocli complaining. picocli treats descriptions as format strings
 * and writes its "[picocli WARN] Could not format …" straight to System.err (not to the command's err writer), so a
 * bare '%' in a description (e.g. the compact line {@code T:7.5% C:99.2%}) put three warning lines above the usage.
 */
class HelpTextTest {

    @Test
    void everyCommandsHelpPrintsUsageAndNoPicocliWarning() {
        List<List<String>> commands = new ArrayList<>();
        collect(AgentPoolCli.commandLine(), new ArrayList<>(), commands);
        assertThat(commands).hasSizeGreaterThan(5);
        PrintStream original = System.err;
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            for (List<String> path : commands) {
                List<String> args = new ArrayList<>(path);
                args.add("--help");
                CliRun run = CliRun.run(args.toArray(String[]::new));
                assertThat(run.out()).as("agentpool %s --help", String.join(" ", path)).contains("Usage:");
                assertThat(run.err()).as("agentpool %s --help", String.join(" ", path)).doesNotContain("WARN");
            }
        } finally {
            System.setErr(original);
        }
        assertThat(stderr.toString(StandardCharsets.UTF_8)).doesNotContain("[picocli WARN]");
    }

    private static void collect(CommandLine cl, List<String> path, List<List<String>> into) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            List<String> subPath = new ArrayList<>(path);
            subPath.add(sub.getCommandName());
            if (!into.contains(subPath)) {
                into.add(subPath);
                collect(sub, subPath, into);
            }
        }
    }
}
