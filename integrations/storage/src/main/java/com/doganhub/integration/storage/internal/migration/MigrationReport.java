package com.doganhub.integration.storage.internal.migration;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of one migration run.
 *
 * @param copied  objects copied and verified by this run
 * @param skipped objects an earlier run had already copied and verified
 * @param failed  objects left for the next run, with the reason
 */
public record MigrationReport(String from, String to, int total, int copied, int skipped, long bytesCopied,
        List<Failure> failed, boolean aborted, Duration took) {

    /** An object that was not copied, and why. */
    public record Failure(String key, String reason) {
    }

    public boolean complete() {
        return failed.isEmpty() && !aborted && copied + skipped == total;
    }

    public String summary() {
        return String.format("%s -> %s: %d object(s), %d copied (%,d bytes), %d already copied, %d failed%s in %.1f s",
                from, to, total, copied, bytesCopied, skipped, failed.size(),
                aborted ? " (stopped after repeated failures)" : "", took.toMillis() / 1000.0);
    }
}
