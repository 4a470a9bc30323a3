package com.doganhub.platform.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.NotSupportedException;

import org.junit.jupiter.api.Test;

import com.doganhub.platform.api.error.Conflict;
import com.doganhub.platform.api.error.FieldError;
import com.doganhub.platform.api.error.Forbidden;
import com.doganhub.platform.api.error.NotFound;
import com.doganhub.platform.api.error.Unauthenticated;
import com.doganhub.platform.api.error.ValidationFailed;

class ProblemFactoryTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");
    private final PlatformMessages messages = new PlatformMessages();
    private final ProblemFactory problems = new ProblemFactory(messages);

    @Test
    void typedErrorsKeepTheirCodeAndGetTheirStatus() {
        assertThat(problem(new NotFound("invoice", "INV-7")).status()).isEqualTo(404);
        assertThat(problem(new Conflict("invoice.already-issued")).status()).isEqualTo(409);
        assertThat(problem(new Forbidden("finance.invoice.write")).status()).isEqualTo(403);
        assertThat(problem(new Unauthenticated("authentication.required")).status()).isEqualTo(401);
        assertThat(problem(new com.doganhub.platform.api.error.PayloadTooLarge("file.too-large", 25)).status())
                .isEqualTo(413);
        assertThat(problem(new com.doganhub.platform.api.error.ServiceUnavailable("storage.unavailable")).status())
                .isEqualTo(503);
        Problem invalid = problem(new ValidationFailed("vatNumber", "required"));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.code()).isEqualTo("validation-failed");
        assertThat(invalid.type()).isEqualTo("urn:doganhub:problem:validation-failed");
    }

    @Test
    void messagesFollowTheCallersLanguage() {
        Problem english = problems.from(new NotFound("invoice", "INV-7"), Locale.ENGLISH, "r-1", "GET", null);
        Problem arabic = problems.from(new NotFound("invoice", "INV-7"), ARABIC, "r-1", "GET", null);
        assertThat(english.title()).isEqualTo("Not found");
        assertThat(english.detail()).isEqualTo("The invoice 'INV-7' does not exist.");
        assertThat(arabic.title()).isEqualTo("غير موجود");
        assertThat(arabic.detail()).isEqualTo("العنصر invoice 'INV-7' غير موجود.");
    }

    @Test
    void everyFieldAtFaultIsListedWithItsMessage() {
        Problem problem = problems.from(new ValidationFailed(List.of(FieldError.of("title", "required"),
                FieldError.of("title", "too-long", 200))), ARABIC, "r-2", "POST", null);
        assertThat(problem.errors()).extracting(Problem.FieldProblem::message)
                .containsExactly("هذا الحقل مطلوب.", "يقبل هذا الحقل 200 حرفاً على الأكثر.");
    }

    @Test
    void saudiIdentifierRulesHaveMessagesInBothLanguages() {
        ValidationFailed invalid = new ValidationFailed(List.of(FieldError.of("vatNumber", "vat-number.format"),
                FieldError.of("address.buildingNumber", "building-number.format"),
                FieldError.of("address.postalCode", "postal-code.format")));
        assertThat(problems.from(invalid, ARABIC, "r", "POST", null).errors()).extracting(Problem.FieldProblem::message)
                .containsExactly("الرقم الضريبي السعودي مكوّن من 15 رقماً يبدأ بالرقم 3 وينتهي به.",
                        "رقم المبنى مكوّن من 4 أرقام.", "الرمز البريدي مكوّن من 5 أرقام.");
        assertThat(problems.from(invalid, Locale.ENGLISH, "r", "POST", null).errors().get(0).message())
                .isEqualTo("A Saudi VAT number has 15 digits and starts and ends with 3.");
    }

    @Test
    void routingFailuresUseThePlatformCodes() {
        assertThat(problem(new NotFoundException()).code()).isEqualTo("route-not-found");
        assertThat(problems.from(new NotAllowedException("GET"), Locale.ENGLISH, "r", "PUT", null).detail())
                .isEqualTo("This resource does not accept the PUT method.");
        assertThat(problems.from(new NotSupportedException(), Locale.ENGLISH, "r", "POST", "text/plain").code())
                .isEqualTo("unsupported-media-type");
    }

    @Test
    void unexpectedFailuresRevealNothingButAnErrorId() {
        Problem problem = problems.from(new IllegalStateException("password=hunter2 at db.internal"), Locale.ENGLISH, "r-9", "GET", null);
        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.errorId()).isNotBlank();
        assertThat(problem.detail()).contains(problem.errorId()).doesNotContain("hunter2").doesNotContain("IllegalState");
    }

    @Test
    void aModuleCatalogIsAskedBeforeThePlatformsOwn() {
        messages.addCatalog((code, locale) -> code.equals("invoice.already-issued")
                ? Optional.of(locale.getLanguage().equals("ar") ? "الفاتورة صادرة مسبقاً." : "The invoice is already issued.")
                : Optional.empty());
        assertThat(problems.from(new Conflict("invoice.already-issued"), ARABIC, "r", "POST", null).detail())
                .isEqualTo("الفاتورة صادرة مسبقاً.");
    }

    @Test
    void anUnknownCodeFallsBackToTheStatusTitle() {
        assertThat(problems.from(new Conflict("no.such.message"), Locale.ENGLISH, "r", "POST", null).detail()).isEqualTo("Conflict");
    }

    private Problem problem(Throwable failure) {
        return problems.from(failure, Locale.ENGLISH, "r-0", "GET", null);
    }
}
