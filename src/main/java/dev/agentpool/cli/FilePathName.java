package dev.agentpool.cli;

import dev.agentpool.core.id.InstanceId;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code instances --file-path NAME}: {@code <dir>/NAME_<ID>.txt} like the legacy tool; {@code NAME.ext} gives
 * {@code <dir>/NAME_<ID>.ext}; without an instance the shared-mode name {@code <dir>/NAME.txt}. NAME must be a
 * plain name (letters, digits, {@code _}, {@code -}), so it cannot point outside the directory.
 */
final class FilePathName {

    private static final Pattern NAME = Pattern.compile("([A-Za-z0-9_-]{1,100})(\\.[A-Za-z0-9]{1,10})?");

    private FilePathName() {
    }

    static Path resolve(Path dir, String name, Optional<InstanceId> instance) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            throw new IllegalArgumentException("--file-path: not a plain file name (letters, digits, _ and -, optional .ext): "
                    + name.replaceAll("\\p{Cntrl}", "?"));
        }
        String ext = m.group(2) == null ? ".txt" : m.group(2);
        return dir.resolve(m.group(1) + instance.map(id -> "_" + id.value()).orElse("") + ext);
    }
}
