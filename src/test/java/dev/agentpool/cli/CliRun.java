package dev.agentpool.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** One CLI invocation with captured streams. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AgentPoolCli.run(args, new PrintWriter(out), new PrintWriter(err), env);
        return new CliRun(code, out.toString(), err.toString());
    }

    static CliRun run(String... args) {
        return run(Map.of(), args);
    }
}
