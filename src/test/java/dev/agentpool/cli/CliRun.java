package dev.agentpool.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/**
 * One CLI invocation in-process with captured exit code, stdout and stderr. (Merged from core-storage's and
 * core-aggregate's versions: both spellings, {@code run}/{@code exitCode} and {@code of}/{@code code}, work.)
 */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AgentPoolCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
        return new CliRun(code, out.toString(), err.toString());
    }

    static CliRun run(String... args) {
        return run(Map.of(), args);
    }

    static CliRun of(Map<String, String> env, String... args) {
        return run(env, args);
    }

    static CliRun of(String... args) {
        return run(Map.of(), args);
    }

    int code() {
        return exitCode;
    }

    /** A JSON object inside parsed JSON, typed for assertions. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> obj(Object json) {
        return (Map<String, Object>) json;
    }
}
