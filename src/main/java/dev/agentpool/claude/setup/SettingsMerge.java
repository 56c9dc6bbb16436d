package dev.agentpool.claude.setup;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Adds our hook and statusLine entries to a parsed settings object, or takes them out again, touching nothing else:
 * unknown keys, the user's own hooks and matcher groups stay as they are and where they are. An entry is ours when
 * it is a command that runs agentpool's {@code hook} or {@code statusline} (so a re-install after the checkout
 * moved replaces the old path instead of adding a second entry).
 */
public final class SettingsMerge {

    private static final Pattern OURS = Pattern.compile("(?s).*agentpool.*\\s(hook|statusline)(\\s.*)?");

    /** The settings object has a shape we must not guess about (e.g. "hooks" is not an object). */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    /** What one install did: change lines for people, and the user's statusLine it replaced (with force). */
    public record Installed(List<String> changes, Optional<Object> replacedStatusLine, Optional<String> keptStatusLine) {
    }

    private SettingsMerge() {
    }

    public static Installed install(Map<String, Object> root, String hookCommand, String statuslineCommand,
            boolean force) throws Refused {
        List<String> changes = new ArrayList<>();
        Map<String, Object> hooks = mapAt(root, "hooks", true);
        for (HookPlan.Entry entry : HookPlan.ENTRIES) {
            List<Object> groups = listAt(hooks, entry.event());
            Map<String, Object> wanted = HookPlan.group(entry, hookCommand);
            if (groups.contains(wanted) && countOurs(groups) == 1) {
                continue;
            }
            boolean had = removeOurs(groups);
            groups.add(wanted);
            changes.add((had ? "~ " : "+ ") + "hooks." + entry.event() + ": " + hookCommand
                    + (entry.matcher() != null ? "  (matcher " + entry.matcher() + ")" : "")
                    + (entry.async() ? "  (async)" : ""));
        }
        Object existing = root.get("statusLine");
        Map<String, Object> wantedLine = HookPlan.statusLine(statuslineCommand);
        if (existing == null) {
            root.put("statusLine", wantedLine);
            changes.add("+ statusLine: " + statuslineCommand);
        } else if (isOurs(existing)) {
            if (!existing.equals(wantedLine)) {
                root.put("statusLine", wantedLine);
                changes.add("~ statusLine: " + statuslineCommand);
            }
        } else if (force) {
            root.put("statusLine", wantedLine);
            changes.add("! statusLine: " + statuslineCommand + "  (replaces yours, restored by --uninstall)");
            return new Installed(changes, Optional.of(existing), Optional.empty());
        } else {
            return new Installed(changes, Optional.empty(), Optional.of(describe(existing)));
        }
        return new Installed(changes, Optional.empty(), Optional.empty());
    }

    /** Removes every entry of ours; puts back {@code originalStatusLine} when ours had replaced it. */
    public static List<String> uninstall(Map<String, Object> root, Optional<Object> originalStatusLine)
            throws Refused {
        List<String> changes = new ArrayList<>();
        Object hooksValue = root.get("hooks");
        if (hooksValue instanceof Map<?, ?>) {
            Map<String, Object> hooks = mapAt(root, "hooks", false);
            for (String event : List.copyOf(hooks.keySet())) {
                List<Object> groups = listAt(hooks, event);
                if (removeOurs(groups)) {
                    changes.add("- hooks." + event);
                    if (groups.isEmpty()) {
                        hooks.remove(event);
                    }
                }
            }
            if (hooks.isEmpty() && !changes.isEmpty()) {
                root.remove("hooks");
            }
        }
        if (isOurs(root.get("statusLine"))) {
            if (originalStatusLine.isPresent()) {
                root.put("statusLine", originalStatusLine.get());
                changes.add("~ statusLine: restored yours (" + describe(originalStatusLine.get()) + ")");
            } else {
                root.remove("statusLine");
                changes.add("- statusLine");
            }
        }
        return changes;
    }

    static boolean isOurs(Object handler) {
        return handler instanceof Map<?, ?> m && "command".equals(m.get("type"))
                && m.get("command") instanceof String c && OURS.matcher(c).matches();
    }

    private static int countOurs(List<Object> groups) {
        int n = 0;
        for (Object g : groups) {
            if (g instanceof Map<?, ?> group && group.get("hooks") instanceof List<?> handlers) {
                n += (int) handlers.stream().filter(SettingsMerge::isOurs).count();
            }
        }
        return n;
    }

    /** Removes our handlers; a group left without handlers by that goes too. True when something was removed. */
    private static boolean removeOurs(List<Object> groups) {
        boolean removed = false;
        for (Iterator<Object> it = groups.iterator(); it.hasNext(); ) {
            if (it.next() instanceof Map<?, ?> group && group.get("hooks") instanceof List<?> handlers
                    && handlers.stream().anyMatch(SettingsMerge::isOurs)) {
                @SuppressWarnings("unchecked")
                List<Object> mutable = (List<Object>) handlers;
                mutable.removeIf(SettingsMerge::isOurs);
                removed = true;
                if (mutable.isEmpty()) {
                    it.remove();
                }
            }
        }
        return removed;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapAt(Map<String, Object> parent, String key, boolean create) throws Refused {
        Object v = parent.get(key);
        if (v == null && create) {
            Map<String, Object> m = new LinkedHashMap<>();
            parent.put(key, m);
            return m;
        }
        if (!(v instanceof Map<?, ?>)) {
            throw new Refused("\"" + key + "\" in the settings is not a JSON object; fix it by hand first");
        }
        return (Map<String, Object>) v;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> listAt(Map<String, Object> hooks, String event) throws Refused {
        Object v = hooks.get(event);
        if (v == null) {
            List<Object> l = new ArrayList<>();
            hooks.put(event, l);
            return l;
        }
        if (!(v instanceof List<?>)) {
            throw new Refused("\"hooks." + event + "\" in the settings is not a JSON array; fix it by hand first");
        }
        return (List<Object>) v;
    }

    static String describe(Object statusLine) {
        if (statusLine instanceof Map<?, ?> m && m.get("command") instanceof String c) {
            return c;
        }
        return String.valueOf(statusLine);
    }
}
