package dev.agentpool.core.registry;

/**
 * The long-lived process an instance is registered on behalf of; its pid and start time go into the lock.
 *
 * @param kind how it was chosen, written as the lock's {@code owner}: {@code parent} (the registering command's
 *     parent, the default), {@code pid} (named with {@code --pid}), {@code claude} (the Claude Code process found by
 *     the hook), {@code self} (a long-lived process registering itself)
 */
public record Owner(long pid, String kind) {

    public Owner {
        if (pid <= 0) {
            throw new IllegalArgumentException("owner pid must be positive, got " + pid);
        }
    }

    public static Owner parent(long pid) {
        return new Owner(pid, "parent");
    }

    public static Owner explicit(long pid) {
        return new Owner(pid, "pid");
    }

    public static Owner claude(long pid) {
        return new Owner(pid, "claude");
    }

    public static Owner self(long pid) {
        return new Owner(pid, "self");
    }
}
