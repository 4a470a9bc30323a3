package com.doganhub.integration.runtime.internal.status;

/** The Markdown rendering, for the shell command (which lives in another package of this bundle). */
public final class StatusMarkdown {

    private StatusMarkdown() {
    }

    public static String render(StatusReport report) {
        return MarkdownReport.render(report);
    }
}
