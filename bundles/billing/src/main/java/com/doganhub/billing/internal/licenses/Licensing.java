package com.doganhub.billing.internal.licenses;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;

import com.doganhub.billing.api.LicenseInfo;
import com.doganhub.billing.api.Licenses;
import com.doganhub.billing.internal.BillingClock;
import com.doganhub.billing.internal.BillingConfig;
import com.doganhub.billing.internal.BillingUnit;
import com.doganhub.billing.internal.notices.BillingMail;
import com.doganhub.billing.internal.plans.PlanEntity;
import com.doganhub.integration.api.ProviderSettings;
import com.doganhub.platform.api.SecretFile;
import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.error.TooManyRequests;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.platform.api.licensing.Entitlements;
import com.doganhub.platform.api.licensing.Quotas;
import com.doganhub.platform.api.licensing.UsageMeter;
import com.doganhub.platform.persistence.api.SchemaReady;

/**
 * Tenants' licenses: issuing and re-signing them (Stripe or a manual grant), and answering what they allow. Asked on
 * every request (read-only mode, module entitlement), so each tenant's license is kept in memory for
 * {@code licenseCacheSeconds}; a change made on this node applies at once. A tenant without a license is not limited.
 */
@Component(service = { Licensing.class, Entitlements.class, Licenses.class }, configurationPid = BillingConfig.PID)
@Designate(ocd = BillingConfig.class)
public class Licensing implements Entitlements, Licenses {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Licensing.class);

    /** Monthly quotas follow the calendar month where the customers are. */
    static final ZoneId QUOTA_ZONE = ZoneId.of("Asia/Riyadh");
    private static final String SOURCE_STRIPE = "stripe";
    private static final String SOURCE_MANUAL = "manual";

    private final JpaTemplate jpa;
    private final BillingClock clock;
    private final BillingMail mail;
    private final TenantScope tenantScope;
    private final Path dataFolder;
    private final Map<String, UsageMeter> meters = new ConcurrentHashMap<>();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    /** When each tenant's license was last changed on this node: a load that began before must not be cached. */
    private final Map<String, Long> changedAt = new ConcurrentHashMap<>();
    private final java.util.Set<String> resignWarned = ConcurrentHashMap.newKeySet();
    private volatile LicenseKeys keys;
    private volatile BillingConfig config;

    /** A tenant's license as loaded (or the fact it has none), and when. */
    private record Cached(Optional<Snapshot> license, Instant loadedAt) {
    }

    /** What a loaded license says, detached from the persistence context. */
    public record Snapshot(LicenseInfo info, PaymentStanding standing, Instant pastDueSince, boolean autoRenew,
            String subscriptionId, String licenseKey) {
    }

    /** Use of one quota in the current period. */
    public record QuotaUse(String quota, long used, Long limit, boolean metered, Instant periodStart) {
    }

    @Activate
    public Licensing(@Reference(target = BillingUnit.JPA) JpaTemplate jpa, @Reference BillingClock clock,
            @Reference BillingMail mail, @Reference TenantScope tenantScope,
            @Reference(target = BillingUnit.SCHEMA) SchemaReady schema, BundleContext context, BillingConfig config) {
        this.jpa = jpa;
        this.clock = clock;
        this.mail = mail;
        this.tenantScope = tenantScope;
        String data = context.getProperty("karaf.data");
        this.dataFolder = data == null ? context.getDataFile("").toPath() : Path.of(data);
        modified(config);
    }

    @Modified
    void modified(BillingConfig changed) {
        String secret = ProviderSettings.value(changed.licenseSecret());
        if (secret != null && secret.getBytes(StandardCharsets.UTF_8).length < 16) {
            // Refusing to start would lift every limit (no Entitlements at all): sign with the node's own key instead.
            LOG.error("The license signing secret (LICENSE_ENCRYPTION_KEY) is shorter than 16 bytes; licenses are signed "
                    + "with this node's generated key until it is fixed");
            secret = null;
        }
        byte[] material = secret != null ? secret.getBytes(StandardCharsets.UTF_8)
                : SecretFile.readOrCreate(dataFolder.resolve("doganhub").resolve("license-signing.key"), 32);
        this.keys = new LicenseKeys(material);
        this.config = changed;
        cache.clear();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addMeter(UsageMeter meter, Map<String, Object> properties) {
        Object quota = properties.get(UsageMeter.QUOTA);
        if (quota != null) {
            meters.put(quota.toString(), meter);
        }
    }

    void removeMeter(UsageMeter meter, Map<String, Object> properties) {
        meters.values().removeIf(registered -> registered == meter);
    }

    // --- what a license allows

    @Override
    public void requireSeat(String tenantId, long activeUsersAfter) {
        snapshot(tenantId).ifPresent(license -> {
            if (activeUsersAfter > license.info().seats()) {
                throw new ValidationFailed("seats", "license.seats-exhausted", license.info().seats());
            }
        });
    }

    @Override
    public boolean moduleLicensed(String tenantId, String moduleId) {
        return snapshot(tenantId).map(license -> license.info().modules().contains(moduleId)).orElse(true);
    }

    @Override
    public boolean readOnly(String tenantId) {
        return snapshot(tenantId).map(license -> state(license) == LicenseState.READ_ONLY).orElse(false);
    }

    @Override
    public void requireQuota(String tenantId, String quota, long adding) {
        Optional<Snapshot> license = snapshot(tenantId);
        Long limit = license.map(found -> found.info().quotas().get(quota)).orElse(null);
        UsageMeter meter = meters.get(quota);
        if (limit == null || meter == null) {
            return; // unlimited, or nothing measures it here
        }
        Instant periodStart = periodStart(quota);
        long used = meter.used(tenantId, periodStart);
        long after = used + Math.max(0, adding);
        // capacities too: at most one warning of each level a month, so a tenant that frees space and fills it again
        // hears about it again
        String period = periodKey(periodStart);
        if (after > limit) {
            Locale language = tenantScope.current().map(TenantContext::locale).orElse(Locale.ENGLISH);
            boolean bytes = Quotas.STORAGE_BYTES.equals(quota);
            Object[] args = { quotaName(quota).in(language), bytes ? gigabytes(used) : used,
                    bytes ? gigabytes(limit) : limit };
            if (Quotas.monthly(quota)) {
                Instant nextPeriod = ZonedDateTime.ofInstant(periodStart, QUOTA_ZONE).plusMonths(1).toInstant();
                throw new TooManyRequests("license.quota-exceeded", Duration.between(clock.instant(), nextPeriod), args);
            }
            throw new ValidationFailed(quota, "license.quota-exceeded", args);
        }
        if ((double) after >= limit * 0.8) {
            warn(tenantId, quota, after >= limit ? 100 : 80, period, after, limit);
        }
    }

    private void warn(String tenantId, String quota, int percent, String period, long used, long limit) {
        boolean bytes = Quotas.STORAGE_BYTES.equals(quota);
        mail.sendOnceLater(tenantId, "usage-" + percent, quota + ":" + period, "usage-warning-" + percent, Map.of(
                "used", bytes ? gigabytes(used) : String.valueOf(used),
                "limit", bytes ? gigabytes(limit) : String.valueOf(limit),
                "upgradeUrl", billingUrl()), Map.of("quotaName", quotaName(quota)));
    }

    /** Each quota's use now, metered or not. */
    public List<QuotaUse> usage(String tenantId) {
        Map<String, Long> limits = snapshot(tenantId).map(found -> found.info().quotas()).orElse(Map.of());
        List<QuotaUse> uses = new ArrayList<>();
        for (String quota : Quotas.ALL) {
            UsageMeter meter = meters.get(quota);
            Instant periodStart = periodStart(quota);
            long used = meter == null ? 0 : meter.used(tenantId, periodStart);
            uses.add(new QuotaUse(quota, used, limits.get(quota), meter != null,
                    Quotas.monthly(quota) ? periodStart : null));
        }
        return uses;
    }

    // --- reading licenses

    @Override
    public Optional<LicenseInfo> current(String tenantId) {
        return snapshot(tenantId).map(Snapshot::info);
    }

    @Override
    public LicenseInfo verify(String licenseKey) {
        return keys.verify(licenseKey);
    }

    @Override
    public String publicKeyPem() {
        return keys.publicKeyPem();
    }

    public LicenseState state(Snapshot license) {
        return LicenseState.of(license.info().expiresAt(), license.pastDueSince(), grace(), clock.instant());
    }

    public Duration grace() {
        return Duration.ofDays(Math.max(0, config.graceDays()));
    }

    public Optional<Snapshot> snapshot(String tenantId) {
        Cached known = cache.get(tenantId);
        Instant now = Instant.now(); // the cache ages in real time, whatever time billing rehearses
        if (known == null || known.loadedAt().plusSeconds(Math.max(1, config.licenseCacheSeconds())).isBefore(now)) {
            long started = System.nanoTime();
            known = new Cached(jpa.txExpr(TransactionType.Supports,
                    em -> Optional.ofNullable(em.find(LicenseEntity.class, tenantId)).map(this::snapshotOf)), now);
            if (changedAt.getOrDefault(tenantId, Long.MIN_VALUE) - started < 0) {
                cache.put(tenantId, known);
            }
        }
        return known.license();
    }

    /** Every license, for the renewal job. */
    public List<Snapshot> all() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select l from LicenseEntity l order by l.tenantId", LicenseEntity.class).getResultList().stream()
                .map(this::snapshotOf).toList());
    }

    private Snapshot snapshotOf(LicenseEntity entity) {
        LicenseInfo info;
        String key = entity.licenseKey();
        try {
            info = keys.verify(key);
        } catch (IllegalArgumentException signedWithAnotherSecret) {
            // The operator changed the signing secret: the row is ours, so its claims stand, signed again with the
            // new key (stored at the license's next change).
            info = keys.readUnverified(key);
            key = keys.sign(info);
            if (resignWarned.add(info.licenseId())) {
                LOG.warn("License {} of tenant {} was signed with a previous secret; it is re-signed with the current "
                        + "one", info.licenseId(), entity.tenantId());
            }
        }
        return new Snapshot(info, entity.standing(),
                entity.pastDueSince() == null ? null : BillingClock.instant(entity.pastDueSince()), entity.autoRenew(),
                entity.subscriptionId(), key);
    }

    // --- issuing licenses

    /**
     * Grants {@code plan} until {@code expiresAt} without a payment provider (a bank transfer), replacing what the
     * tenant had. Runs in the caller's transaction, so its audit entry commits with it.
     */
    public Snapshot grantManually(String tenantId, String tenantSlug, PlanEntity plan, Instant expiresAt,
            Integer seats) {
        return issue(tenantId, tenantSlug, plan, seats == null ? plan.seats() : seats, expiresAt, SOURCE_MANUAL, null,
                false, null);
    }

    /**
     * Issues or extends the license a paid subscription gives. Never shortens it: a late or repeated event for an
     * earlier period, or a subscription started while a manual grant runs, keeps the later expiry.
     *
     * @param eventAt the Stripe time of the event; older than the last payment event, it extends without clearing a
     *                newer failure
     */
    public Snapshot grantFromSubscription(String tenantId, String tenantSlug, PlanEntity plan, Instant periodEnd,
            String subscriptionId, boolean autoRenew, Instant eventAt) {
        evict(tenantId); // read what the database says now, not what this node saw seconds ago
        Instant paidUntil = snapshot(tenantId).map(license -> license.info().expiresAt())
                .filter(known -> known.isAfter(periodEnd)).orElse(periodEnd);
        return issue(tenantId, tenantSlug, plan, plan.seats(), paidUntil, SOURCE_STRIPE, subscriptionId, autoRenew,
                eventAt);
    }

    /**
     * Records how payment stands (a failed renewal, a cancellation) without changing what is granted.
     *
     * @param eventAt the Stripe time of the event; an event older than the last one that set the standing is ignored
     * @return whether it was applied
     */
    public boolean standing(String tenantId, PaymentStanding standing, Boolean autoRenew, Instant eventAt) {
        LocalDateTime now = clock.now();
        LocalDateTime at = eventAt == null ? null : BillingClock.utc(eventAt);
        boolean applied = jpa.txExpr(TransactionType.Required, em -> {
            LicenseEntity license = em.find(LicenseEntity.class, tenantId);
            if (license == null || license.olderThanPaymentEvent(at)) {
                return false;
            }
            license.standing(standing, now, now, at);
            if (autoRenew != null) {
                license.autoRenew(autoRenew, now);
            }
            return true;
        });
        evict(tenantId);
        return applied;
    }

    private Snapshot issue(String tenantId, String tenantSlug, PlanEntity plan, int seats, Instant expiresAt,
            String source, String subscriptionId, boolean autoRenew, Instant eventAt) {
        LocalDateTime now = clock.now();
        Snapshot issued = jpa.txExpr(TransactionType.Required, em -> {
            LicenseEntity license = em.find(LicenseEntity.class, tenantId);
            if (license == null) {
                license = new LicenseEntity(tenantId, UUID.randomUUID().toString(), tenantSlug);
                em.persist(license);
            }
            LicenseInfo info = new LicenseInfo(license.licenseId(), tenantId, tenantSlug, plan.id(), seats,
                    plan.modules(), plan.quotas(), BillingClock.instant(now), expiresAt.truncatedTo(
                            java.time.temporal.ChronoUnit.SECONDS), source);
            license.grant(plan.id(), source, subscriptionId, autoRenew, now, BillingClock.utc(expiresAt),
                    keys.sign(info), eventAt == null ? null : BillingClock.utc(eventAt));
            return snapshotOf(license);
        });
        evict(tenantId);
        return issued;
    }

    /** Forgets the tenant's cached license: after a transaction that changed it commits. */
    public void evict(String tenantId) {
        changedAt.put(tenantId, System.nanoTime());
        cache.remove(tenantId);
    }

    // --- helpers

    public String billingUrl() {
        return config.publicUrl().strip().replaceAll("/+$", "") + "/billing";
    }

    /** The configured reminder days; an etc/ file gives them as one comma-separated string. */
    public int[] reminderDays() {
        return java.util.Arrays.stream(config.reminderDays().split(",")).map(String::strip)
                .filter(day -> day.matches("\\d{1,4}")).mapToInt(Integer::parseInt).filter(day -> day > 0).toArray();
    }

    Instant periodStart(String quota) {
        ZonedDateTime now = ZonedDateTime.ofInstant(clock.instant(), QUOTA_ZONE);
        return now.withDayOfMonth(1).toLocalDate().atStartOfDay(QUOTA_ZONE).toInstant();
    }

    private static String periodKey(Instant periodStart) {
        ZonedDateTime start = ZonedDateTime.ofInstant(periodStart, QUOTA_ZONE);
        return String.format("%04d-%02d", start.getYear(), start.getMonthValue());
    }

    private static com.doganhub.platform.api.LocalizedText quotaName(String quota) {
        return switch (quota) {
            case Quotas.INVOICES_PER_MONTH -> new com.doganhub.platform.api.LocalizedText("الفواتير هذا الشهر",
                    "invoices this month");
            case Quotas.STORAGE_BYTES -> new com.doganhub.platform.api.LocalizedText("مساحة التخزين (غيغابايت)",
                    "GB of storage");
            case Quotas.AI_REQUESTS_PER_MONTH -> new com.doganhub.platform.api.LocalizedText(
                    "طلبات الذكاء الاصطناعي هذا الشهر", "AI requests this month");
            default -> new com.doganhub.platform.api.LocalizedText(quota, quota);
        };
    }

    private static String gigabytes(long bytes) {
        return String.valueOf(Math.round(bytes * 10.0 / (1024L * 1024 * 1024)) / 10.0);
    }
}
