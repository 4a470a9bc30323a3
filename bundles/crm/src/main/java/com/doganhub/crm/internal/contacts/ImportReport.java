package com.doganhub.crm.internal.contacts;

import java.util.List;

/**
 * What an import did or, on a dry run, would do: data rows read, rows accepted, contacts created, rows rejected with
 * each reason (named by the file's own column heading, in the caller's language), rows skipped as duplicates by
 * email, and the columns that were not understood.
 */
public record ImportReport(boolean dryRun, int rows, int accepted, int created, List<Rejected> rejected,
        List<Duplicate> duplicates, List<String> ignoredColumns) {

    /** A row refused, with every reason. Lines count from the header, line 1, as a spreadsheet numbers them. */
    public record Rejected(int line, List<Reason> reasons) {
    }

    public record Reason(String column, String code, String message) {
    }

    /**
     * A row skipped because one of its emails is already a contact's ({@code existingContactId}) or came on an
     * earlier line of the file ({@code sameAsLine}).
     */
    public record Duplicate(int line, String email, String existingContactId, Integer sameAsLine) {
    }
}
