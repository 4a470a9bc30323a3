package com.doganhub.sample.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A note as the API shows it. */
public record NoteView(String id, String title, BigDecimal amount, String currency, LocalDate dueDate, Instant createdAt) {

    static NoteView of(NoteEntity note) {
        return new NoteView(note.id(), note.title(), note.amount(), note.currency(), note.dueDate(),
                note.createdAt().toInstant(ZoneOffset.UTC));
    }
}
