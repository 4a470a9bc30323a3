package com.doganhub.zatca.internal.devices;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A device as the API shows it: never a key or a secret; the CSR (public by nature) so an operator can check it,
 * the certificate's expiry, and the head of the chain.
 */
public record DeviceView(String id, String name, String environment, String status, boolean active,
        String commonName, String organizationName, String organizationUnit, String vatNumber, String serialNumber,
        String invoiceTypes, String location, String industry, String csr, boolean complianceCsid,
        List<String> complianceChecks, boolean productionCsid, LocalDateTime certificateExpiresAt, long counter,
        String lastHash, LocalDateTime createdAt, LocalDateTime updatedAt) {

    static DeviceView of(DeviceEntity device) {
        return new DeviceView(device.id(), device.name(), device.environment().name().toLowerCase(java.util.Locale.ROOT),
                device.status().name(), device.active(), device.unit().commonName(), device.unit().organizationName(),
                device.unit().organizationUnit(), device.unit().vatNumber(), device.unit().serialNumber(),
                device.unit().invoiceTypes(), device.unit().location(), device.unit().industry(), device.csr(),
                device.complianceToken() != null,
                device.complianceChecks() == null ? List.of() : List.of(device.complianceChecks().split("\n")),
                device.productionToken() != null, device.certificateExpiresAt(), device.counter(), device.lastHash(),
                device.createdAt(), device.updatedAt());
    }
}
