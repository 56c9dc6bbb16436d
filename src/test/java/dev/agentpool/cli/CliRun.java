package dev.agentpool.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs the command line in-process and captures exit code, stdout and stderr (both siblings' spellings kept). */
record CliRun(int code, String out, String err) {

    static CliRun of(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AgentPoolCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** A JSON object inside parsed JSON, typed for assertions. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> obj(Object json) {
        return (Map<String, Object>) json;
    }

    static CliRun of(String... args) {
        return of(Map.of(), args);
    }

    static CliRun run(Map<String, String> env, String... args) {
        return of(env, args);
    }

    static CliRun run(String... args) {
        return of(Map.of(), args);
    }

    int exitCode() {
        return code;
    }
}
