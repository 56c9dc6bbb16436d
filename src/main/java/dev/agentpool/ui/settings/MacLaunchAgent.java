package dev.agentpool.ui.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * macOS: a per-user LaunchAgent {@code ~/Library/LaunchAgents/dev.agentpool.monitor.plist} with {@code RunAtLoad},
 * which launchd starts at login. Only the file content is tested (no macOS machine was available).
 */
public final class MacLaunchAgent extends FileAutostartEntry {

    public static final String LABEL = "dev.agentpool.monitor";

    public MacLaunchAgent(Path home) {
        super(home.resolve("Library").resolve("LaunchAgents").resolve(LABEL + ".plist"));
    }

    @Override
    String contentFor(List<String> command) {
        return content(command);
    }

    static String content(List<String> command) {
        String args = command.stream().map(a -> "    <string>" + xml(a) + "</string>")
                .collect(Collectors.joining("\n"));
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
                <plist version="1.0">
                <dict>
                  <key>Label</key>
                  <string>%s</string>
                  <key>ProgramArguments</key>
                  <array>
                %s
                  </array>
                  <key>RunAtLoad</key>
                  <true/>
                </dict>
                </plist>
                """.formatted(LABEL, args);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
