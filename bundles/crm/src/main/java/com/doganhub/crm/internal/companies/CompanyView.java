package com.doganhub.crm.internal.companies;

import java.time.LocalDateTime;

/** A company as the API shows it. */
public record CompanyView(String id, String nameAr, String nameEn, String vatNumber, String crNumber,
        Address address, String industry, LocalDateTime createdAt, LocalDateTime updatedAt) {

    public record Address(String buildingNumber, String street, String district, String city, String postalCode) {
    }

    static CompanyView of(CompanyEntity company) {
        return new CompanyView(company.id(), company.nameAr(), company.nameEn(), company.vatNumber(),
                company.crNumber(), new Address(company.buildingNumber(), company.street(), company.district(),
                        company.city(), company.postalCode()), company.industry(), company.createdAt(),
                company.updatedAt());
    }
}
