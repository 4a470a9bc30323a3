package com.doganhub.integration.api.zatca;

import java.util.Objects;

/**
 * One call to the Fatoora API, sent through the Camel route at {@link #ENDPOINT}; the route answers a {@link
 * FatooraResult} and never throws for an HTTP answer.
 *
 * @param credentials the CSID authorising the call (none for {@link Operation#COMPLIANCE_CSID})
 * @param otp         the portal's one-time password (compliance CSID and renewal)
 * @param csr         base64 of the CSR's PEM (compliance CSID and renewal)
 * @param invoiceHash base64 SHA-256 of the document (checks, reporting, clearance)
 */
public record FatooraCall(Operation operation, FatooraResult.Csid credentials, String otp, String csr,
        String invoiceHash, String uuid, String invoiceBase64) {

    /** The route's endpoint. */
    public static final String ENDPOINT = "direct:doganhub-zatca-fatoora";

    public enum Operation {
        COMPLIANCE_CSID,
        COMPLIANCE_CHECK,
        PRODUCTION_CSID,
        RENEW_PRODUCTION_CSID,
        REPORT,
        CLEAR
    }

    public FatooraCall {
        Objects.requireNonNull(operation, "operation");
    }

    public static FatooraCall complianceCsid(String csr, String otp) {
        return new FatooraCall(Operation.COMPLIANCE_CSID, null, otp, csr, null, null, null);
    }

    public static FatooraCall renewal(FatooraResult.Csid production, String csr, String otp) {
        return new FatooraCall(Operation.RENEW_PRODUCTION_CSID, production, otp, csr, null, null, null);
    }

    public static FatooraCall productionCsid(FatooraResult.Csid compliance) {
        return new FatooraCall(Operation.PRODUCTION_CSID, compliance, null, null, null, null, null);
    }

    public static FatooraCall document(Operation operation, FatooraResult.Csid credentials, String invoiceHash,
            String uuid, String invoiceBase64) {
        return new FatooraCall(operation, credentials, null, null, invoiceHash, uuid, invoiceBase64);
    }

    @Override
    public String toString() {
        return "FatooraCall[" + operation + ", uuid=" + uuid + ", credentials=" + credentials + "]";
    }
}
