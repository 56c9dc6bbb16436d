package dev.agentpool.ui.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * An autostart mechanism that is one file in the user's home: enabled while the file exists. Subclasses only say
 * what the file contains; writing is temp file + move, so a crash never leaves half an entry behind.
 */
abstract class FileAutostartEntry implements AutostartEntry {

    private final Path file;

    FileAutostartEntry(Path file) {
        this.file = file;
    }

    /** The file's content for a launcher started by {@code command}. */
    abstract String contentFor(List<String> command);

    @Override
    public final Path location() {
        return file;
    }

    @Override
    public final boolean isEnabled() {
        return Files.isRegularFile(file);
    }

    @Override
    public final void enable(List<String> command) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, contentFor(command), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public final void disable() throws IOException {
        Files.deleteIfExists(file);
    }
}
