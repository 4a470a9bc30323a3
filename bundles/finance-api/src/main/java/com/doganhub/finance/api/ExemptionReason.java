package com.doganhub.finance.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * ZATCA's VAT exemption reason codes (BR-KSA-CL-04) with the category each belongs to and its standard text in
 * Arabic and English. ZATCA checks the English text against the code (letters compared without spaces), so an invoice
 * always carries {@link #textEn()} for the fixed codes; only {@code VATEX-SA-OOS} takes the caller's own text.
 */
public enum ExemptionReason {
    VATEX_SA_29("VATEX-SA-29", VatCategory.E, "الخدمات المالية", "Financial services mentioned in Article 29 of the VAT Regulations"),
    VATEX_SA_29_7("VATEX-SA-29-7", VatCategory.E, "عقد تأمين على الحياة", "Life insurance services mentioned in Article 29 of the VAT Regulations"),
    VATEX_SA_30("VATEX-SA-30", VatCategory.E, "التوريدات العقارية المعفاة من الضريبة", "Real estate transactions mentioned in Article 30 of the VAT Regulations"),
    VATEX_SA_32("VATEX-SA-32", VatCategory.Z, "صادرات السلع من المملكة", "Export of goods"),
    VATEX_SA_33("VATEX-SA-33", VatCategory.Z, "صادرات الخدمات من المملكة", "Export of services"),
    VATEX_SA_34_1("VATEX-SA-34-1", VatCategory.Z, "النقل الدولي للسلع", "The international transport of Goods"),
    VATEX_SA_34_2("VATEX-SA-34-2", VatCategory.Z, "النقل الدولي للركاب", "international transport of passengers"),
    VATEX_SA_34_3("VATEX-SA-34-3", VatCategory.Z, "الخدمات المرتبطة مباشرة أو عرضياً بتوريد النقل الدولي للركاب",
            "services directly connected and incidental to a Supply of international passenger transport"),
    VATEX_SA_34_4("VATEX-SA-34-4", VatCategory.Z, "توريد وسائل النقل المؤهلة", "Supply of a qualifying means of transport"),
    VATEX_SA_34_5("VATEX-SA-34-5", VatCategory.Z, "أي خدمات ذات صلة بنقل السلع أو الركاب",
            "Any services relating to Goods or passenger transportation, as defined in article twenty five of these Regulations"),
    VATEX_SA_35("VATEX-SA-35", VatCategory.Z, "الأدوية والمعدات الطبية", "Medicines and medical equipment"),
    VATEX_SA_36("VATEX-SA-36", VatCategory.Z, "المعادن المؤهلة", "Qualifying metals"),
    VATEX_SA_EDU("VATEX-SA-EDU", VatCategory.Z, "الخدمات التعليمية الخاصة للمواطنين", "Private education to citizen"),
    VATEX_SA_HEA("VATEX-SA-HEA", VatCategory.Z, "الخدمات الصحية الخاصة للمواطنين", "Private healthcare to citizen"),
    VATEX_SA_MLTRY("VATEX-SA-MLTRY", VatCategory.Z, "توريد السلع العسكرية المؤهلة", "supply of qualified military goods"),
    VATEX_SA_OOS("VATEX-SA-OOS", VatCategory.O, "غير خاضع للضريبة", "Not subject to VAT");

    private final String code;
    private final VatCategory category;
    private final String textAr;
    private final String textEn;

    ExemptionReason(String code, VatCategory category, String textAr, String textEn) {
        this.code = code;
        this.category = category;
        this.textAr = textAr;
        this.textEn = textEn;
    }

    /** The code as ZATCA writes it ({@code VATEX-SA-32}). */
    public String code() {
        return code;
    }

    public VatCategory category() {
        return category;
    }

    public String textAr() {
        return textAr;
    }

    public String textEn() {
        return textEn;
    }

    public static Optional<ExemptionReason> byCode(String code) {
        return Arrays.stream(values()).filter(reason -> reason.code.equals(code)).findFirst();
    }
}
