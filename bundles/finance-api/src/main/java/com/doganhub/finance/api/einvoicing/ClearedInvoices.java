package com.doganhub.finance.api.einvoicing;

/**
 * Finance's side of clearance: a standard (B2B) invoice may only reach the buyer once the tax authority cleared it,
 * so e-invoicing tells finance when that happened. Called in the tenant's scope, outside any transaction, at most
 * once per document.
 */
public interface ClearedInvoices {

    void cleared(String invoiceId);
}
