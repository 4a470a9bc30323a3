package com.doganhub.integration.storage.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import com.doganhub.integration.storage.internal.migration.MigrationReport;
import com.doganhub.integration.storage.internal.migration.StorageMigrations;

/** {@code doganhub:storage-migrate FROM TO}: every tenant's objects, verified, resumable by running it again. */
@Service
@Command(scope = "doganhub", name = "storage-migrate",
        description = "Copies every object of every tenant from one storage provider to another, verifying SHA-256")
public class StorageMigrateCommand implements Action {

    @Argument(index = 0, name = "from", required = true, description = "The provider holding the objects, e.g. local")
    private String from;

    @Argument(index = 1, name = "to", required = true, description = "The provider to copy them into, e.g. s3")
    private String to;

    @Reference
    private StorageMigrations migrations;

    @Override
    public Object execute() {
        MigrationReport report;
        try {
            report = migrations.migrate(from, to, line -> System.out.println("  " + line));
        } catch (IllegalArgumentException | IllegalStateException refused) {
            System.err.println("Refused: " + refused.getMessage());
            return null;
        }
        System.out.println(report.summary());
        report.failed().stream().limit(20).forEach(f -> System.out.println("  not copied: " + f.key() + ": " + f.reason()));
        if (report.complete()) {
            System.out.println("Every object is in " + to + ". Switch with: doganhub:provider-set storage " + to
                    + " -- then run this command once more to copy what was written in between.");
        } else {
            System.out.println("Run the same command again to resume: verified objects are not copied twice.");
        }
        return null;
    }
}
