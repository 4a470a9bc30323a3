package com.doganhub.billing.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import com.doganhub.billing.internal.licenses.RenewalJob;

/** {@code doganhub:billing-renewals}: runs the renewal reminders and expiry check now instead of at the next interval. */
@Service
@Command(scope = "doganhub", name = "billing-renewals", description = "Runs renewal reminders and expiry alerts now (each is still sent once)")
public class BillingRenewalsCommand implements Action {

    @Reference
    private RenewalJob job;

    @Override
    public Object execute() {
        RenewalJob.Run run = job.runOnce();
        System.out.println(run.licenses() + " licenses checked, " + run.sent() + " notices sent.");
        return null;
    }
}
