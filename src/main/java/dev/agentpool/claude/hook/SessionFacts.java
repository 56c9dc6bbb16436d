package dev.agentpool.claude.hook;

/**
 * What a payload says about the Claude Code session, for {@code metadata.claude} of the lock file. Strings are ""
 * when the payload did not say (then the lock keeps what it had).
 */
public record SessionFacts(String sessionId, String cwd, String model, String transcriptPath, String sessionName,
                           String version) {

    public static SessionFacts of(HookEvent e) {
        return new SessionFacts(e.sessionId(), e.cwd(), e.model(), e.transcriptPath(), e.sessionTitle(), "");
    }
}
