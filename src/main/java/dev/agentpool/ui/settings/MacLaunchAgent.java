package dev.agentpool.ui.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;

/**
 * macOS: a per-user LaunchAgent {@code ~/Library/LaunchAgents/dev.agentpool.monitor.plist} with {@code RunAtLoad},
 * which launchd starts at login. Only the file content is tested (no macOS machine was available).
 */
public final class MacLaunchAgent implements AutostartEntry {

    public static final String LABEL = "dev.agentpool.monitor";

    private final Path file;

    public MacLaunchAgent(Path home) {
        this.file = home.resolve("Library").resolve("LaunchAgents").resolve(LABEL + ".plist");
    }

    @Override
    public Path location() {
        return file;
    }

    @Override
    public boolean isEnabled() {
        return Files.isRegularFile(file);
    }

    @Override
    public void enable(List<String> command) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(LABEL + ".plist.tmp");
        Files.writeString(tmp, content(command), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void disable() throws IOException {
        Files.deleteIfExists(file);
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
