package dev.agentpool.claude.process;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a process is recognised as Claude Code while walking up from a hook command. A process is Claude Code when
 * <ul>
 *   <li>its executable or argv[0] is named {@code claude} (native installer, Homebrew, a {@code claude} symlink), or
 *       its executable lies under {@code .../claude/versions/} (the native installer keeps one binary per version);</li>
 *   <li>or it is {@code node}/{@code bun} running a script named {@code claude} or one inside
 *       {@code @anthropic-ai/claude-code} (npm install: {@code node /usr/local/bin/claude} → {@code cli.js}).</li>
 * </ul>
 * Claude Code runs hook commands through {@code sh -c}, so shells are skipped when no Claude Code process is found.
 */
public final class ClaudeProcessRule {

    private static final Set<String> SCRIPT_HOSTS = Set.of("node", "nodejs", "bun");
    private static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "zsh", "fish", "ash", "ksh", "cmd",
            "powershell", "pwsh");

    private ClaudeProcessRule() {
    }

    public static boolean isClaude(ProcessNode node) {
        String exe = node.executable().replace('\\', '/');
        String argv0 = node.argv().isEmpty() ? "" : node.argv().get(0);
        if (baseName(exe).equals("claude") || baseName(argv0).equals("claude")
                || exe.contains("/claude/versions/")) {
            return true;
        }
        boolean scriptHost = SCRIPT_HOSTS.contains(baseName(exe)) || SCRIPT_HOSTS.contains(baseName(argv0));
        return scriptHost && runsClaudeScript(node.argv());
    }

    public static boolean isShell(ProcessNode node) {
        String argv0 = node.argv().isEmpty() ? "" : node.argv().get(0);
        return SHELLS.contains(baseName(node.executable())) || SHELLS.contains(baseName(argv0));
    }

    private static boolean runsClaudeScript(List<String> argv) {
        // argv[1] is the script; node options may come first, so look a little further
        for (int i = 1; i < Math.min(argv.size(), 4); i++) {
            String arg = argv.get(i).replace('\\', '/');
            if (baseName(arg).equals("claude") || arg.contains("@anthropic-ai/claude-code")
                    || arg.contains("/claude-code/cli.js")) {
                return true;
            }
        }
        return false;
    }

    /** Last path element, lower case, without a Windows {@code .exe}/{@code .cmd} suffix; "-bash" → "bash". */
    static String baseName(String path) {
        String p = path.replace('\\', '/');
        String name = p.substring(p.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (name.endsWith(".exe") || name.endsWith(".cmd")) {
            name = name.substring(0, name.length() - 4);
        }
        return name.startsWith("-") ? name.substring(1) : name;
    }
}
