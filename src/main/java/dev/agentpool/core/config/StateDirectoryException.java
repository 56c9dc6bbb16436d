package dev.agentpool.core.config;

/** The state directory cannot be used; the message names the directory and, where there is one, the fix. */
public final class StateDirectoryException extends IllegalStateException {

    public StateDirectoryException(String message) {
        super(message);
    }
}
