package com.doganhub.notifications.internal.shell;

import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import com.doganhub.notifications.api.NotificationTemplates;
import com.doganhub.notifications.api.RenderedEmail;

/** {@code doganhub:notification-preview [ID] [--locale ar] [--html]}: renders a template with sample data. */
@Service
@Command(scope = "doganhub", name = "notification-preview",
        description = "Lists the email templates, or renders one with sample data")
public class NotificationPreviewCommand implements Action {

    @Argument(index = 0, name = "id", description = "The template; none lists them", required = false)
    private String id;

    @Option(name = "--locale", description = "ar or en (default en)")
    private String locale = "en";

    @Option(name = "--html", description = "Print the HTML part instead of the plain text")
    private boolean html;

    @Reference
    private NotificationTemplates templates;

    @Override
    public Object execute() {
        if (id == null) {
            templates.templates().forEach(template -> System.out.println(template.id() + "  " + template.descriptionEn()
                    + "  " + template.variables()));
            return null;
        }
        try {
            RenderedEmail rendered = templates.preview(id, Locale.forLanguageTag(locale));
            System.out.println("Subject: " + rendered.subject());
            System.out.println();
            System.out.println(html ? rendered.html() : rendered.text());
        } catch (IllegalArgumentException unknown) {
            System.err.println(unknown.getMessage());
        }
        return null;
    }
}
