package dev.agentpool.ui.details;

/**
 * One line of the details view: what, its value, and where the value came from (empty when not applicable).
 */
public record DetailField(String label, String value, String source) {
}
