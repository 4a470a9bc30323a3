package com.doganhub.sample.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The body of {@code POST /api/v1/sample/notes}: {@code {"title", "amount": "12.50", "currency": "SAR", "dueDate"}}. */
public record NoteRequest(String title, BigDecimal amount, String currency, LocalDate dueDate) {
}
