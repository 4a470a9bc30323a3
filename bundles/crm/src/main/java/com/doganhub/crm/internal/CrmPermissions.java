package com.doganhub.crm.internal;

/** The CRM permissions; the built-in sales role has {@code crm.*} except {@link #DEALS_READ_ALL}. */
public final class CrmPermissions {

    public static final String CONTACTS_READ = "crm.contacts.read";
    public static final String CONTACTS_WRITE = "crm.contacts.write";
    public static final String DEALS_READ = "crm.deals.read";
    public static final String DEALS_WRITE = "crm.deals.write";
    /** See every deal, not only one's own. */
    public static final String DEALS_READ_ALL = "crm.deal.read.all";
    public static final String PIPELINES_WRITE = "crm.pipelines.write";
    public static final String FIELDS_WRITE = "crm.fields.write";

    private CrmPermissions() {
    }
}
