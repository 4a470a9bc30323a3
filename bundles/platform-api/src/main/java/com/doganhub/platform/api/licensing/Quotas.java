package com.doganhub.platform.api.licensing;

import java.util.List;

/** The quotas a license can limit, by the name {@link UsageMeter}s register under. */
public final class Quotas {

    /** Invoices issued in the calendar month (Asia/Riyadh); metered by finance. */
    public static final String INVOICES_PER_MONTH = "invoices.monthly";
    /** Bytes of stored files; metered by storage. Plans state it in GB. */
    public static final String STORAGE_BYTES = "storage.bytes";
    /** AI requests in the calendar month; metered by the AI module. */
    public static final String AI_REQUESTS_PER_MONTH = "ai.requests.monthly";

    public static final List<String> ALL = List.of(INVOICES_PER_MONTH, STORAGE_BYTES, AI_REQUESTS_PER_MONTH);

    private Quotas() {
    }

    /** Monthly quotas start again at each month; the others are capacities. */
    public static boolean monthly(String quota) {
        return quota.endsWith(".monthly");
    }
}
