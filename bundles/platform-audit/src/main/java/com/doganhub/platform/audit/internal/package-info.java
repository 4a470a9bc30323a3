/**
 * The audit log's implementation: entries are tenant-owned rows written through the caller's transaction, and the
 * only read path is the tenant-scoped query behind {@code GET /api/v1/audit}.
 */
package com.doganhub.platform.audit.internal;
