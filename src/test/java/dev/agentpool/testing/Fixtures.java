package dev.agentpool.testing;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Test fixtures on the class path. */
public final class Fixtures {

    public static final String LEGACY_IDS_FIRST = "20261127_225532_11009_db0cb426";

    private Fixtures() {
    }

    /** The legacy state directory (5 instances, 145 agents), as copied byte-identical from the shared fixtures. */
    public static Path legacyStateDir() {
        try {
            return Path.of(Fixtures.class.getResource("/legacy-state-dir").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
