package com.doganhub.integration.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.doganhub.integration.api.Capability;
import com.doganhub.integration.api.ChainLink;
import com.doganhub.integration.api.Provider;
import com.doganhub.integration.api.ProviderCheck;
import com.doganhub.integration.api.storage.PresignedLink;
import com.doganhub.integration.api.storage.StorageUnavailable;
import com.doganhub.integration.api.storage.StoredObject;
import com.doganhub.integration.storage.local.LocalObjectStore;
import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.TenantScope;

/** The gateway on a real folder (the local provider's store): tenant prefixes, key checks, platform links. */
class TenantStorageGatewayTest {

    @TempDir
    Path folder;

    private final BoundScope scope = new BoundScope();
    private final LinkSigner signer = new LinkSigner(new byte[32]);
    private TenantStorageGateway gateway;

    @BeforeEach
    void gateway() {
        gateway = new TenantStorageGateway(scope, (capability, tenant) -> List.of(new ChainLink(local(), Map.of())),
                signer, "https://erp.alnoor.sa");
        gateway.addStore(new LocalObjectStore(folder, Clock.systemUTC()), Map.of(Provider.NAME, "local"));
    }

    @Test
    void keysAreRelativeForModulesAndUnderTheTenantOnDisk() throws IOException {
        scope.as("tenant-a");
        StoredObject stored = gateway.put("invoices/INV-42.pdf", bytes("%PDF-1.7 A"), "application/pdf");

        assertThat(stored.key()).isEqualTo("invoices/INV-42.pdf");
        assertThat(folder.resolve("tenant-a/invoices/INV-42.pdf")).exists();
        assertThat(gateway.list("invoices/")).extracting(StoredObject::key).containsExactly("invoices/INV-42.pdf");
        try (InputStream in = gateway.open("invoices/INV-42.pdf").orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo("%PDF-1.7 A".getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void anotherTenantSeesNothingOfItUnderTheSameKey() {
        scope.as("tenant-a");
        gateway.put("invoices/INV-42.pdf", bytes("A's invoice"), "application/pdf");

        scope.as("tenant-b");
        assertThat(gateway.stat("invoices/INV-42.pdf")).isEmpty();
        assertThat(gateway.open("invoices/INV-42.pdf")).isEmpty();
        assertThat(gateway.list("")).isEmpty();
        assertThat(gateway.delete("invoices/INV-42.pdf")).isFalse();
        scope.as("tenant-a");
        assertThat(gateway.stat("invoices/INV-42.pdf")).isPresent();
    }

    @Test
    void keysThatCouldEscapeThePrefixAreRefused() {
        scope.as("tenant-a");
        for (String key : new String[] { "../tenant-b/x", "/etc/passwd", "a//b", ".hidden", "a/../../b", "" }) {
            assertThatThrownBy(() -> gateway.put(key, bytes("x"), "text/plain"), key)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> gateway.list("../")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPlatformLinkServesItsObjectOnlyUntilItExpiresAndOnlyThatObject() {
        scope.as("tenant-a");
        gateway.put("exports/2026.csv", bytes("a,b"), "text/csv");
        PresignedLink link = gateway.link("exports/2026.csv", Duration.ofMinutes(10));
        assertThat(link.url().toString()).startsWith("https://erp.alnoor.sa/api/v1/files/links/");
        String token = URLDecoder.decode(link.url().toString().substring(link.url().toString().lastIndexOf('/') + 1),
                StandardCharsets.UTF_8);

        assertThat(gateway.serve(token)).map(served -> served.grant().key()).contains("tenant-a/exports/2026.csv");
        String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
                StandardCharsets.UTF_8);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.replace("tenant-a", "tenant-b")
                .getBytes(StandardCharsets.UTF_8)) + token.substring(token.indexOf('.'));
        assertThat(gateway.serve(forged)).isEmpty();
        assertThat(gateway.serve(signer.sign("tenant-a", "tenant-a/exports/2026.csv", Instant.now().minusSeconds(1))))
                .isEmpty();
        assertThat(gateway.serve(signer.sign("tenant-a", "tenant-b/exports/2026.csv", Instant.now().plusSeconds(60))))
                .as("a grant outside its own tenant's prefix").isEmpty();
        assertThat(gateway.serve("not-a-token")).isEmpty();
        assertThatThrownBy(() -> gateway.link("exports/none.csv", Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutAnInstalledProviderTheGatewaySaysSo() {
        gateway.removeStore(null, Map.of(Provider.NAME, "local"));
        TenantStorageGateway empty = new TenantStorageGateway(scope, (capability, tenant) -> List.of(), signer, "x");
        scope.as("tenant-a");
        assertThatThrownBy(() -> empty.put("a.txt", bytes("x"), "text/plain")).isInstanceOf(StorageUnavailable.class);
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Provider local() {
        return new Provider() {
            @Override
            public Capability capability() {
                return Capability.STORAGE;
            }

            @Override
            public String name() {
                return "local";
            }

            @Override
            public boolean configured() {
                return true;
            }

            @Override
            public ProviderCheck check() {
                return new ProviderCheck(ProviderCheck.Outcome.UP, "", Instant.now(), Duration.ZERO);
            }
        };
    }

    /** A scope the test binds by hand. */
    static final class BoundScope implements TenantScope {
        private TenantContext bound;

        void as(String tenantId) {
            bound = new TenantContext(tenantId, tenantId, "user-1", Locale.ENGLISH, Set.of());
        }

        @Override
        public Optional<TenantContext> current() {
            return Optional.ofNullable(bound);
        }

        @Override
        public TenantContext require() {
            return bound;
        }

        @Override
        public Binding bind(TenantContext context) {
            return () -> { };
        }
    }
}
