package com.doganhub.integration.email.smtp;

import org.apache.camel.component.mail.MailComponent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * camel-mail's component, embedded in this bundle, offered to the shared context as {@code smtp} through the
 * component whiteboard: it arrives and leaves with this bundle.
 */
@Component(service = org.apache.camel.Component.class, property = "camel.component=" + SmtpComponent.NAME)
public class SmtpComponent extends MailComponent {

    static final String NAME = "smtp";

    @Activate
    public SmtpComponent() {
        super();
    }
}
