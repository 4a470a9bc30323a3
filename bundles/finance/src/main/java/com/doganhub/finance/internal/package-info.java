/**
 * The finance module. {@code books} opens a tenant's books (settings, chart, gapless numbering); {@code accounts},
 * {@code journal}, {@code invoices}, {@code bills} and {@code budgets} are the ledgers and documents, each with its
 * REST resource under {@code /api/v1/finance}; {@code reports} aggregates posted lines in SQL and writes JSON, CSV,
 * XLSX and the ledger-cli export; {@code pdf} renders the bilingual invoice. Every posting goes through
 * {@link com.doganhub.finance.internal.journal.Ledger}, the one place balance, period locks and numbering are enforced.
 */
package com.doganhub.finance.internal;
