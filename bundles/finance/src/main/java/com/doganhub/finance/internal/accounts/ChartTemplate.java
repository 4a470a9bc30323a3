package com.doganhub.finance.internal.accounts;

import static com.doganhub.finance.api.AccountType.ASSET;
import static com.doganhub.finance.api.AccountType.EQUITY;
import static com.doganhub.finance.api.AccountType.EXPENSE;
import static com.doganhub.finance.api.AccountType.LIABILITY;
import static com.doganhub.finance.api.AccountType.REVENUE;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.doganhub.finance.api.AccountType;

/**
 * The chart a tenant's books open with: SOCPA-style groups for a small Saudi company (cash and banks, receivables,
 * VAT input, inventory, payables, VAT output, zakat provision, equity, revenue, cost of sales, expenses). Group
 * accounts (one and two digits) only carry sub-accounts; four-digit accounts take postings.
 */
public final class ChartTemplate {

    private ChartTemplate() {
    }

    public static List<AccountEntity> saudiSmallBusiness(Supplier<String> ids) {
        List<AccountEntity> chart = new ArrayList<>();
        Adder add = (code, parent, ar, en, type, role) -> chart.add(new AccountEntity(ids.get(), code, parent, ar, en, type, role));
        add.to("1", null, "الأصول", "Assets", ASSET, null);
        add.to("11", "1", "الأصول المتداولة", "Current assets", ASSET, null);
        add.to("1110", "11", "النقدية في الصندوق", "Cash on hand", ASSET, PostingRole.CASH);
        add.to("1120", "11", "النقدية لدى البنوك", "Cash at banks", ASSET, PostingRole.BANK);
        add.to("1210", "11", "الذمم المدينة - العملاء", "Accounts receivable - customers", ASSET, PostingRole.RECEIVABLE);
        add.to("1220", "11", "مخصص الديون المشكوك في تحصيلها", "Allowance for doubtful debts", ASSET, null);
        add.to("1310", "11", "ضريبة القيمة المضافة - المدخلات", "VAT input (recoverable)", ASSET, PostingRole.VAT_INPUT);
        add.to("1410", "11", "المخزون", "Inventory", ASSET, null);
        add.to("1510", "11", "مصروفات مدفوعة مقدماً", "Prepaid expenses", ASSET, null);
        add.to("12", "1", "الأصول غير المتداولة", "Non-current assets", ASSET, null);
        add.to("1610", "12", "الممتلكات والمعدات", "Property and equipment", ASSET, null);
        add.to("1620", "12", "مجمع الإهلاك", "Accumulated depreciation", ASSET, null);
        add.to("2", null, "الخصوم", "Liabilities", LIABILITY, null);
        add.to("21", "2", "الخصوم المتداولة", "Current liabilities", LIABILITY, null);
        add.to("2110", "21", "الذمم الدائنة - الموردون", "Accounts payable - suppliers", LIABILITY, PostingRole.PAYABLE);
        add.to("2210", "21", "ضريبة القيمة المضافة - المخرجات", "VAT output (payable)", LIABILITY, PostingRole.VAT_OUTPUT);
        add.to("2220", "21", "ضريبة القيمة المضافة - التسوية", "VAT settlement", LIABILITY, null);
        add.to("2310", "21", "مخصص الزكاة", "Zakat provision", LIABILITY, null);
        add.to("2410", "21", "مصروفات مستحقة", "Accrued expenses", LIABILITY, null);
        add.to("22", "2", "الخصوم غير المتداولة", "Non-current liabilities", LIABILITY, null);
        add.to("2510", "22", "مخصص مكافأة نهاية الخدمة", "End-of-service benefits provision", LIABILITY, null);
        add.to("3", null, "حقوق الملكية", "Equity", EQUITY, null);
        add.to("3110", "3", "رأس المال", "Share capital", EQUITY, null);
        add.to("3210", "3", "الاحتياطي النظامي", "Statutory reserve", EQUITY, null);
        add.to("3310", "3", "الأرباح المبقاة", "Retained earnings", EQUITY, PostingRole.RETAINED_EARNINGS);
        add.to("4", null, "الإيرادات", "Revenue", REVENUE, null);
        add.to("4110", "4", "إيرادات المبيعات", "Sales revenue", REVENUE, PostingRole.REVENUE);
        add.to("4120", "4", "إيرادات الخدمات", "Service revenue", REVENUE, null);
        add.to("4210", "4", "إيرادات أخرى", "Other income", REVENUE, null);
        add.to("5", null, "تكلفة المبيعات", "Cost of sales", EXPENSE, null);
        add.to("5110", "5", "تكلفة البضاعة المباعة", "Cost of goods sold", EXPENSE, null);
        add.to("6", null, "المصروفات", "Expenses", EXPENSE, null);
        add.to("6110", "6", "الرواتب والأجور", "Salaries and wages", EXPENSE, null);
        add.to("6120", "6", "الإيجار", "Rent", EXPENSE, null);
        add.to("6130", "6", "المرافق والاتصالات", "Utilities and telecoms", EXPENSE, null);
        add.to("6140", "6", "مصروفات التسويق", "Marketing", EXPENSE, null);
        add.to("6150", "6", "الرسوم الحكومية", "Government fees", EXPENSE, null);
        add.to("6160", "6", "مصروف الإهلاك", "Depreciation expense", EXPENSE, null);
        add.to("6170", "6", "الرسوم البنكية", "Bank charges", EXPENSE, null);
        add.to("6180", "6", "مصروفات عامة وإدارية", "General and administrative", EXPENSE, null);
        add.to("6910", "6", "مصروف الزكاة", "Zakat expense", EXPENSE, null);
        return chart;
    }

    @FunctionalInterface
    private interface Adder {
        void to(String code, String parent, String ar, String en, AccountType type, PostingRole role);
    }
}
