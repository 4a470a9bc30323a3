package com.doganhub.zatca.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.integration.api.IntegrationCategory;
import com.doganhub.integration.api.IntegrationCheck;
import com.doganhub.integration.api.IntegrationPriority;
import com.doganhub.integration.api.IntegrationReport;
import com.doganhub.integration.api.IntegrationStatus;

/**
 * The {@code zatca} entry of the integration report, across tenants: MISSING while no device is live (documents get
 * only the phase 1 QR), FAILING when a simplified document waits longer than ZATCA's 24 hours to be reported or a
 * standard one for clearance for over an hour, DEGRADED when documents were rejected in the last 7 days.
 */
@Component(service = IntegrationCheck.class)
public class ZatcaIntegrationCheck implements IntegrationCheck {

    private final DataSource dataSource;

    @Activate
    public ZatcaIntegrationCheck(@Reference(target = "(osgi.jndi.service.name=doganhub)") DataSource dataSource,
            @Reference(target = ZatcaUnit.SCHEMA) com.doganhub.platform.persistence.api.SchemaReady schema) {
        this.dataSource = dataSource;
    }

    @Override
    public String id() {
        return "zatca";
    }

    @Override
    public String name() {
        return "ZATCA e-invoicing (Fatoora)";
    }

    @Override
    public IntegrationCategory category() {
        return IntegrationCategory.ZATCA;
    }

    @Override
    public IntegrationPriority priority() {
        return IntegrationPriority.P0;
    }

    @Override
    public List<String> usedBy() {
        return List.of("Finance: invoice clearance and reporting", "Finance: phase 2 QR codes");
    }

    @Override
    public String impact() {
        return "Without a live device invoices carry only the phase 1 QR and are neither cleared nor reported, which "
                + "ZATCA requires of taxpayers in the integration waves.";
    }

    @Override
    public String fix() {
        return "Onboard a device: POST /api/v1/zatca/devices, then compliance-csid (OTP from the Fatoora portal), "
                + "compliance-checks, production-csid; pick the environment in etc/com.doganhub.zatca.fatoora.cfg.";
    }

    @Override
    public IntegrationReport evaluate() {
        Instant now = Instant.now();
        try (Connection connection = dataSource.getConnection()) {
            long live = count(connection, "select count(*) from zat_device where active = ? and status = 'ACTIVE'",
                    true);
            long lateReports = count(connection, "select count(*) from zat_document where state = 'PENDING' and "
                    + "simplified = ? and issued_at < ?", true, at(now.minusSeconds(24 * 3600)));
            long lateClearances = count(connection, "select count(*) from zat_document where state = 'PENDING' and "
                    + "simplified = ? and issued_at < ?", false, at(now.minusSeconds(3600)));
            long rejected = count(connection, "select count(*) from zat_document where state = 'REJECTED' and "
                    + "submitted_at > ?", at(now.minusSeconds(7 * 24 * 3600)));
            long pending = count(connection, "select count(*) from zat_document where state = 'PENDING'");
            if (lateReports + lateClearances > 0) {
                return new IntegrationReport(IntegrationStatus.FAILING, lateReports + " simplified document(s) not "
                        + "reported within 24 h, " + lateClearances + " standard document(s) waiting over 1 h for "
                        + "clearance; see the outbox (kind zatca) for the reason", "", now);
            }
            if (live == 0) {
                return new IntegrationReport(IntegrationStatus.MISSING, "no tenant has a live e-invoicing device", "", now);
            }
            if (rejected > 0) {
                return new IntegrationReport(IntegrationStatus.DEGRADED, rejected + " document(s) rejected by ZATCA in "
                        + "the last 7 days; " + pending + " pending", "", now);
            }
            return new IntegrationReport(IntegrationStatus.CONFIGURED, live + " live device(s), " + pending
                    + " document(s) pending submission", "", now);
        } catch (SQLException unavailable) {
            return new IntegrationReport(IntegrationStatus.FAILING, "cannot read the e-invoicing tables: "
                    + unavailable.getSQLState(), "", now);
        }
    }

    private static long count(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static Timestamp at(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
