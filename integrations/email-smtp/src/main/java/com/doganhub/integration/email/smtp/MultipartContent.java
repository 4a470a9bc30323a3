package com.doganhub.integration.email.smtp;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.activation.ActivationDataFlavor;
import jakarta.activation.CommandInfo;
import jakarta.activation.CommandMap;
import jakarta.activation.DataContentHandler;
import jakarta.activation.DataHandler;
import jakarta.activation.DataSource;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;

/**
 * Puts a multipart into a MIME part with its own content handler. Activation looks {@code multipart/*} handlers up
 * in a mailcap through the context class loader, which in OSGi does not see Angus Mail's: HTML mail
 * (multipart/alternative) and mail with attachments (multipart/mixed) failed with "no object DCH for MIME type
 * multipart/alternative" while plain text went out. The handler rides on the part's own {@link DataHandler}, so
 * nothing global is changed.
 */
final class MultipartContent {

    private MultipartContent() {
    }

    static void set(MimePart part, MimeMultipart multipart) throws MessagingException {
        DataHandler handler = new DataHandler(multipart, multipart.getContentType());
        handler.setCommandMap(new OnlyMultipart());
        part.setDataHandler(handler);
        multipart.setParent(part);
    }

    /** A command map that knows one thing: how multiparts are read and written. */
    private static final class OnlyMultipart extends CommandMap {

        @Override
        public CommandInfo[] getPreferredCommands(String mimeType) {
            return new CommandInfo[0];
        }

        @Override
        public CommandInfo[] getAllCommands(String mimeType) {
            return new CommandInfo[0];
        }

        @Override
        public CommandInfo getCommand(String mimeType, String commandName) {
            return null;
        }

        @Override
        public DataContentHandler createDataContentHandler(String mimeType) {
            return mimeType != null && mimeType.regionMatches(true, 0, "multipart/", 0, 10) ? new MultipartHandler() : null;
        }
    }

    private static final class MultipartHandler implements DataContentHandler {

        @Override
        public ActivationDataFlavor[] getTransferDataFlavors() {
            return new ActivationDataFlavor[0];
        }

        @Override
        public Object getTransferData(ActivationDataFlavor flavor, DataSource source) throws IOException {
            return getContent(source);
        }

        @Override
        public Object getContent(DataSource source) throws IOException {
            try {
                return new MimeMultipart(source);
            } catch (MessagingException unreadable) {
                throw new IOException("not a multipart", unreadable);
            }
        }

        @Override
        public void writeTo(Object content, String mimeType, OutputStream out) throws IOException {
            if (!(content instanceof MimeMultipart multipart)) {
                throw new IOException("expected a multipart, not " + (content == null ? "nothing" : content.getClass().getName()));
            }
            try {
                multipart.writeTo(out);
            } catch (MessagingException unwritable) {
                throw new IOException("cannot write the multipart", unwritable);
            }
        }
    }
}
