package dev.agentpool.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns user errors (bad ID, unreadable directory, refused directory) into a one-line reason on stderr and exit
 * code 2, instead of a stack trace. Anything else is a bug and keeps its trace (exit 1).
 */
final class UserErrorHandler implements IExecutionExceptionHandler {

    static final int USER_ERROR = 2;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) throws Exception {
        if (ex instanceof IllegalArgumentException || ex instanceof java.io.IOException
                || ex instanceof IllegalStateException) {
            cl.getErr().println("agentpool: " + ex.getMessage());
            cl.getErr().flush();
            return USER_ERROR;
        }
        throw ex;
    }
}
