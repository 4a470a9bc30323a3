package com.doganhub.finance.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import com.doganhub.platform.api.LocalizedText;
import com.doganhub.platform.api.i18n.MessageCatalog;

/** Messages of the finance problem codes, in Arabic and English. */
@Component(service = MessageCatalog.class)
public class FinanceMessages implements MessageCatalog {

    private static final Map<String, LocalizedText> PATTERNS = Map.ofEntries(
            text("einvoicing.unavailable", "خدمة الفوترة الإلكترونية تعيد التشغيل؛ لم يُصدر المستند. أعد المحاولة بعد لحظات.", "E-invoicing is restarting, so nothing was issued; try again in a moment."),
            text("finance.amount-format", "المبلغ يجب أن يكون رقماً بخانتين عشريتين على الأكثر.", "The amount must be a number with at most two decimals."),
            text("finance.decimal-format", "القيمة يجب أن تكون رقماً بست خانات عشرية على الأكثر.", "The value must be a number with at most six decimals."),
            text("finance.negative", "القيمة لا يمكن أن تكون سالبة.", "The value cannot be negative."),
            text("finance.date-format", "التاريخ يجب أن يكون بصيغة YYYY-MM-DD.", "The date must be written YYYY-MM-DD."),
            text("finance.account-code-format", "رمز الحساب أرقام وحروف لاتينية ونقاط وشرطات (حتى ٢٠).", "An account code is letters, digits, dots and dashes (up to 20)."),
            text("finance.account-exists", "يوجد حساب بالرمز {0}.", "An account with code {0} exists already."),
            text("finance.account-code-fixed", "لا يمكن تغيير رمز الحساب.", "An account's code cannot change."),
            text("finance.account-type-fixed", "لا يمكن تغيير نوع الحساب.", "An account's type cannot change."),
            text("finance.account-has-postings", "الحساب {0} عليه قيود؛ يمكن إيقافه ولا يمكن حذفه.", "Account {0} has postings: deactivate it instead of deleting it."),
            text("finance.account-in-use", "الحساب {0} له حسابات فرعية أو يستخدمه الترحيل الآلي.", "Account {0} has sub-accounts or is used by automatic postings."),
            text("finance.account-parent-self", "لا يكون الحساب أباً لنفسه.", "An account cannot be its own parent."),
            text("finance.account-parent-type", "الحساب الأب من نوع {0}؛ يجب أن يكون من النوع نفسه.", "The parent account is of type {0}; it must be of the same type."),
            text("finance.account-parent-has-postings", "الحساب {0} عليه قيود فلا يكون حساباً أباً.", "Account {0} has postings and cannot become a group account."),
            text("finance.cr-number-format", "رقم السجل التجاري عشرة أرقام.", "A commercial registration number is 10 digits."),
            text("journal.unbalanced", "القيد غير متوازن: المدين {0} والدائن {1}، والفرق {2}.", "The entry does not balance: debits {0}, credits {1}, difference {2}."),
            text("journal.too-few-lines", "القيد يحتاج سطرين على الأقل.", "An entry needs at least two lines."),
            text("journal.one-side", "كل سطر إما مدين وإما دائن بمبلغ أكبر من الصفر.", "Each line is either a debit or a credit above zero."),
            text("journal.unknown-account", "لا يوجد حساب بالرمز {0}.", "There is no account with code {0}."),
            text("journal.inactive-account", "الحساب {0} موقوف.", "Account {0} is inactive."),
            text("journal.group-account", "الحساب {0} حساب تجميعي لا يقبل القيود؛ استخدم أحد حساباته الفرعية.", "Account {0} is a group account; post to one of its sub-accounts."),
            text("journal.period-locked", "الفترة حتى {1} مقفلة؛ لا يمكن الترحيل بتاريخ {0}.", "The period through {1} is locked; nothing can be posted on {0}."),
            text("journal.posted-immutable", "القيد {0} مرحّل ولا يتغير؛ صحّحه بقيد عكسي.", "Entry {0} is posted and cannot change; correct it with a reversal."),
            text("journal.reverse-draft", "المسودة لا تُعكس؛ عدّلها أو احذفها.", "A draft is not reversed: edit or delete it."),
            text("journal.already-reversed", "القيد {0} معكوس من قبل.", "Entry {0} has been reversed already."),
            text("journal.document-entry", "القيد {0} أنشأه مستند؛ صحّحه من المستند (إشعار دائن).", "Entry {0} was posted by a document; correct it through the document (a credit note)."),
            text("invoice.series-format", "السلسلة حروف لاتينية كبيرة وأرقام (حتى ١٠).", "A series is capital letters and digits (up to 10)."),
            text("invoice.series-fixed", "لا تتغير سلسلة المسودة.", "A draft's series cannot change."),
            text("invoice.currency-sar-only", "العملة المدعومة حالياً هي الريال السعودي (SAR).", "Only Saudi riyals (SAR) are supported for now."),
            text("invoice.supply-date-required", "الفاتورة الضريبية تحتاج تاريخ التوريد.", "A standard tax invoice needs the supply date."),
            text("invoice.supply-date-far", "تاريخ التوريد بعيد جداً عن تاريخ الإصدار.", "The supply date is too far from the issue date."),
            text("invoice.due-before-issue", "تاريخ الاستحقاق قبل تاريخ الإصدار.", "The due date is before the issue date."),
            text("invoice.email-format", "البريد الإلكتروني غير صحيح.", "The email address is not valid."),
            text("invoice.negative-quantity", "الكمية لا تكون سالبة؛ استخدم إشعاراً دائناً للمرتجعات.", "A quantity cannot be negative: use a credit note for returns."),
            text("invoice.zero-quantity", "الكمية يجب أن تكون أكبر من الصفر.", "The quantity must be above zero."),
            text("invoice.discount-exceeds", "الخصم أكبر من قيمة السطر.", "The discount is larger than the line's amount."),
            text("invoice.exemption-required", "سطر من الفئة {0} يحتاج رمز سبب الإعفاء.", "A line in category {0} needs an exemption reason code."),
            text("invoice.exemption-not-allowed", "السطر الخاضع للنسبة الأساسية لا يحمل سبب إعفاء.", "A standard-rated line carries no exemption reason."),
            text("invoice.exemption-unknown", "رمز سبب الإعفاء {0} غير معروف.", "Exemption reason code {0} is unknown."),
            text("invoice.exemption-category", "الرمز {0} للفئة {1}.", "Code {0} belongs to category {1}."),
            text("invoice.not-revenue-account", "الحساب {0} ليس حساب إيرادات.", "Account {0} is not a revenue account."),
            text("invoice.not-draft", "الفاتورة ليست مسودة (الحالة {0})؛ المستند الصادر لا يتغير.", "The invoice is not a draft (status {0}); issued documents never change."),
            text("invoice.seller-incomplete", "أكمل بيانات البائع في إعدادات المالية قبل الإصدار.", "Complete the seller's details in the finance settings before issuing."),
            text("invoice.not-payable", "لا تُسجَّل دفعة على مستند حالته {0}.", "No payment can be recorded on a document with status {0}."),
            text("invoice.payment-exceeds", "الدفعة أكبر من المبلغ المستحق ({0}).", "The payment is more than the amount outstanding ({0})."),
            text("invoice.payment-before-issue", "تاريخ الدفعة قبل تاريخ الفاتورة ({0}).", "The payment date is before the invoice date ({0})."),
            text("invoice.zero-payment", "الدفعة يجب أن تكون أكبر من الصفر.", "A payment must be above zero."),
            text("invoice.not-creditable", "لا يصدر إشعار دائن على مستند حالته {0}.", "No credit note can be issued on a document with status {0}."),
            text("invoice.credit-exceeds", "الإشعار الدائن يتجاوز المتبقي من الفئة {0} (الخاضع {1}، الضريبة {2}).", "The credit note exceeds what is left to credit in category {0} (taxable {1}, VAT {2})."),
            text("invoice.series-reserved", "السلسلة {0} محجوزة للإشعارات الدائنة.", "Series {0} is reserved for credit notes."),
            text("invoice.line-too-large", "قيمة السطر كبيرة جداً.", "The line's amount is too large."),
            text("journal.date-range", "التاريخ خارج النطاق المقبول (١٩٠٠-٢٩٩٩).", "The date is outside the accepted range (1900-2999)."),
            text("finance.account-parent-posting", "الحساب {0} يستخدمه الترحيل الآلي فلا يكون حساباً أباً.", "Account {0} is used by automatic postings and cannot become a group account."),
            text("finance.account-parent-cycle", "جعل {0} أباً يصنع حلقة في شجرة الحسابات.", "Making {0} the parent would create a loop in the chart."),
            text("invoice.credit-lines-required", "صدرت إشعارات دائنة على الفاتورة؛ حدّد الأسطر.", "Credit notes exist on this invoice already: give the lines to credit."),
            text("invoice.credit-before-invoice", "تاريخ الإشعار قبل تاريخ الفاتورة ({0}).", "The credit note is dated before the invoice ({0})."),
            text("bill.posted", "فاتورة المورد مرحّلة من قبل.", "The vendor bill is posted already."),
            text("bill.not-expense-account", "الحساب {0} ليس حساب مصروفات أو أصول.", "Account {0} is not an expense or asset account."),
            text("budget.period-format", "الفترة شهر (2026-03) أو ربع (2026-Q1).", "A period is a month (2026-03) or a quarter (2026-Q1)."),
            text("report.format", "الصيغ المتاحة: {0}.", "Available formats: {0}."),
            text("report.from-after-to", "تاريخ البداية بعد تاريخ النهاية.", "The start date is after the end date."),
            text("report.too-large", "التقرير يتجاوز {0} سطراً؛ ضيّق الفترة أو اختر حساباً.", "The report exceeds {0} lines: narrow the dates or choose an account."));

    @Override
    public Optional<String> pattern(String code, Locale locale) {
        return Optional.ofNullable(PATTERNS.get(code)).map(text -> text.in(locale));
    }

    private static Map.Entry<String, LocalizedText> text(String code, String ar, String en) {
        return Map.entry(code, new LocalizedText(ar, en));
    }
}
