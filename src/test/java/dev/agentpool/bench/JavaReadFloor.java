package dev.agentpool.bench;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Paths;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The Java counterpart of {@code bench/floor.c} for the aggregator benchmark: what any fresh JVM pays before it has
 * decoded a single value. Lists {@code DIR} and {@code DIR/instances}, lstats every entry (the aggregator needs each
 * file's type and modification time) and reads every regular file to its end into a reused buffer, on two threads
 * (as the aggregator does), nothing else. Prints the number of files and bytes so the work cannot be elided.
 *
 * <p>Not a test: {@code bench/aggregate-bench.sh} runs it as a whole process with the aggregator's JVM flags, beside
 * the C floor, so the table shows how much of the gap is the platform (JVM start, cold code, Java's file API) and
 * how much is ours.
 */
public final class JavaReadFloor {

    private static final int THREADS = 2;

    private JavaReadFloor() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 1) {
            System.err.println("usage: JavaReadFloor DIR");
            System.exit(2);
        }
        String[] paths = listBoth(args[0]);
        long[] files = new long[THREADS];
        long[] bytes = new long[THREADS];
        Thread[] threads = new Thread[THREADS];
        for (int t = 0; t < THREADS; t++) {
            threads[t] = new Thread(new Slice(paths, t, files, bytes), "read-" + t);
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.println("{\"files\": " + (files[0] + files[1]) + ", \"bytes\": " + (bytes[0] + bytes[1]) + "}");
    }

    private static String[] listBoth(String dir) {
        String[] top = names(new File(dir));
        String[] locks = names(new File(dir, "instances"));
        String[] all = new String[top.length + locks.length];
        int n = 0;
        for (String name : top) {
            all[n++] = dir + "/" + name;
        }
        for (String name : locks) {
            all[n++] = dir + "/instances/" + name;
        }
        return all;
    }

    private static String[] names(File dir) {
        String[] names = dir.list();
        return names == null ? new String[0] : names;
    }

    /** Every {@code THREADS}-th path from {@code first}; a class, not a lambda, like the code it stands beside. */
    private static final class Slice implements Runnable {
        private final String[] paths;
        private final int first;
        private final long[] files;
        private final long[] bytes;

        Slice(String[] paths, int first, long[] files, long[] bytes) {
            this.paths = paths;
            this.first = first;
            this.files = files;
            this.bytes = bytes;
        }

        @Override
        public void run() {
            byte[] buffer = new byte[16384];
            long count = 0;
            long read = 0;
            for (int i = first; i < paths.length; i += THREADS) {
                try {
                    BasicFileAttributes attrs = Files.readAttributes(Paths.get(paths[i]), BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    if (!attrs.isRegularFile()) {
                        continue;
                    }
                    try (FileInputStream in = new FileInputStream(paths[i])) {
                        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                            read += n;
                        }
                    }
                    count++;
                } catch (IOException e) {
                    // an unreadable entry is skipped, as the C floor skips it
                }
            }
            files[first] = count;
            bytes[first] = read;
        }
    }
}
