package dev.agentpool.core.health;

/**
 * The one state the tray icon shows. Only one icon can be shown at a time, so precedence is, highest first:
 * <ol>
 *   <li>{@link #RED} — pool use ≥ the critical threshold (95 %) or any live instance is CRITICAL;</li>
 *   <li>{@link #YELLOW} — pool use ≥ the warning threshold (80 %) or any live instance is WARNING;</li>
 *   <li>{@link #GREY} — no live instances, or the directory could not be read;</li>
 *   <li>{@link #GREEN} — otherwise.</li>
 * </ol>
 * Stale instances do not change the colour (they are listed separately); their agents do not count as pool use.
 */
public enum OverallHealth {
    GREEN, YELLOW, RED, GREY
}
