package io.semanticrouter.eval;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar on standard error for work that runs longer than a couple of seconds: silent before that,
 * redrawn at most five times a second, finished with a newline. Not thread-safe; one per task.
 */
final class Progress {

    private static final long SHOW_AFTER_NANOS = 2_000_000_000L;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream out;
    private final String label;
    private final long total;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean shown;

    Progress(PrintStream out, String label, long total) {
        this.out = out;
        this.label = label;
        this.total = Math.max(1, total);
    }

    void update(long done) {
        long now = System.nanoTime();
        if (now - start < SHOW_AFTER_NANOS || now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        shown = true;
        int width = 30;
        int filled = (int) Math.min(width, width * done / total);
        out.printf(Locale.ROOT, "\r%s [%s%s] %3d%% %,d/%,d %.1f s", label, "#".repeat(filled), " ".repeat(width - filled),
                100 * done / total, done, total, (now - start) / 1e9);
        out.flush();
    }

    void done() {
        if (shown) {
            update(total);
            lastDraw = 0;
            out.printf(Locale.ROOT, "\r%s done in %.1f s%s%n", label, (System.nanoTime() - start) / 1e9, " ".repeat(40));
        }
    }
}
