package dev.agentpool.core.json;

/**
 * The keys (and a few values) of our file formats as shared constants for {@link Json}'s reader: a table indexed by
 * String.hashCode, so a known key costs a compare of its bytes instead of a new String and its hash.
 */
final class JsonKeys {

    private JsonKeys() {
    }

    private static final String[] WORDS = {
        "instance_id", "pid", "start_time", "last_heartbeat", "metadata", "process_start", "host", "owner",
        "window", "agents", "agents_total", "confidence", "executing", "tokens_used", "tokens_total", "tokens_pct",
        "context_pct", "model", "cost_usd", "session_id", "context_window_size", "updated", "lifecycle_state",
        "tokens_display", "status", "last_update", "last_active_update", "frozen_at", "request_count",
        "running_subagents", "launched_total", "waiting_for_user", "ended", "recently_stopped", "active", "idle",
        "completing", "--", "N/A",
    };
    private static final int MASK = 255;
    private static final String[] TABLE = new String[MASK + 1];
    private static final byte[][] BYTES = new byte[MASK + 1][];

    static {
        for (String w : WORDS) {
            int slot = w.hashCode() & MASK;
            while (TABLE[slot] != null) {
                slot = (slot + 1) & MASK;
            }
            TABLE[slot] = w;
            BYTES[slot] = w.getBytes(Charsets.ISO_8859_1);
        }
    }

    /** The constant equal to the ASCII {@code b[from, from + n)} whose String hash is {@code hash}, or null. */
    static String lookup(byte[] b, int from, int n, int hash) {
        int slot = hash & MASK;
        while (true) {
            byte[] word = BYTES[slot];
            if (word == null) {
                return null;
            }
            if (word.length == n && TABLE[slot].hashCode() == hash && same(word, b, from)) {
                return TABLE[slot];
            }
            slot = (slot + 1) & MASK;
        }
    }

    private static boolean same(byte[] word, byte[] b, int from) {
        for (int i = 0; i < word.length; i++) {
            if (word[i] != b[from + i]) {
                return false;
            }
        }
        return true;
    }
}
