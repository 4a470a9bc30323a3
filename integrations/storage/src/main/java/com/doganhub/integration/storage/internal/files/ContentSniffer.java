package com.doganhub.integration.storage.internal.files;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The content type from the first bytes, never from the client: the formats a business platform receives (PDF, images,
 * Office/ZIP, XML, UTF-8 text); anything else is {@code application/octet-stream}. Text gets a specific type from
 * its extension only when the bytes really are text.
 */
final class ContentSniffer {

    static final int HEAD = 512;

    private ContentSniffer() {
    }

    static String sniff(byte[] head, int length, String fileName) {
        if (starts(head, length, "%PDF-")) {
            return "application/pdf";
        }
        if (starts(head, length, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' })) {
            return "image/png";
        }
        if (starts(head, length, new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff })) {
            return "image/jpeg";
        }
        if (starts(head, length, "GIF87a") || starts(head, length, "GIF89a")) {
            return "image/gif";
        }
        if (starts(head, length, "RIFF") && length >= 12 && new String(head, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            return "image/webp";
        }
        if (starts(head, length, new byte[] { 'P', 'K', 3, 4 })) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".xlsx")) {
                return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            }
            if (lower.endsWith(".docx")) {
                return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            }
            return "application/zip";
        }
        if (isText(head, length)) {
            String text = new String(head, 0, length, StandardCharsets.UTF_8).stripLeading();
            if (text.startsWith("<?xml")) {
                return "application/xml";
            }
            String lower = fileName.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".csv")) {
                return "text/csv";
            }
            return "text/plain";
        }
        return "application/octet-stream";
    }

    /** UTF-8 without control characters other than tab, CR, LF (a character cut at the end is allowed). */
    private static boolean isText(byte[] head, int length) {
        if (length == 0) {
            return true;
        }
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        int end = length;
        for (int back = 0; back < 3 && end > 0 && (head[end - 1] & 0xc0) == 0x80; back++) {
            end--;
        }
        if (end > 0 && (head[end - 1] & 0xc0) == 0xc0) {
            end--;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, end));
            return true;
        } catch (CharacterCodingException notText) {
            return false;
        }
    }

    private static boolean starts(byte[] head, int length, String magic) {
        return starts(head, length, magic.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean starts(byte[] head, int length, byte[] magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
