package com.doganhub.crm.internal.fields;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.crm.internal.CrmStore;
import com.doganhub.crm.internal.SearchText;
import com.doganhub.crm.internal.contacts.ContactEntity;
import com.doganhub.platform.api.audit.AuditEvent;
import com.doganhub.platform.api.audit.AuditLog;
import com.doganhub.platform.api.error.Conflict;
import com.doganhub.platform.api.error.FieldError;
import com.doganhub.platform.api.error.NotFound;
import com.doganhub.platform.api.error.ValidationFailed;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The tenant's custom contact fields and the checking of their values. A contact keeps its values as one JSON object
 * ({@code {"key": value}}) with each value in its type's canonical form: text and choices as strings, numbers as
 * decimals, dates as {@code YYYY-MM-DD}, yes/no as booleans. Values arrive typed from JSON or as text from a CSV
 * import; both go through {@link #check}.
 */
@Component(service = CustomFields.class)
public class CustomFields {

    public static final int MAX_FIELDS = 50;
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final Set<String> YES = Set.of("true", "yes", "y", "1", "نعم");
    private static final Set<String> NO = Set.of("false", "no", "n", "0", "لا");

    private final CrmStore store;
    private final AuditLog audit;
    // decimals read back as BigDecimal, never as a binary double: 0.1 stays 0.1
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Activate
    public CustomFields(@Reference CrmStore store, @Reference AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    public List<FieldView> list() {
        return store.inTransaction(em -> definitions(em).stream().map(FieldView::of).toList());
    }

    /** Defines a field or changes it; its type cannot change while contacts hold values of it. */
    public FieldView put(String key, FieldRequest request) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new ValidationFailed("key", "crm.field-key-format");
        }
        FieldRequest.Valid valid = request.validate();
        return store.inTransaction(em -> {
            FieldEntity field = find(em, key);
            if (field == null) {
                if (definitions(em).size() >= MAX_FIELDS) {
                    throw new ValidationFailed("key", "crm.too-many", MAX_FIELDS);
                }
                field = new FieldEntity(UUID.randomUUID().toString(), key, valid.type(), store.now());
                em.persist(field);
                audit.record(AuditEvent.of("crm-field", key, "create").with("type", null, valid.type().name()));
            } else {
                if (field.type() != valid.type() && contactsHolding(em, key) > 0) {
                    throw new Conflict("crm.field-type-in-use", contactsHolding(em, key));
                }
                audit.record(AuditEvent.of("crm-field", key, "update").with("type", field.type().name(), valid.type().name()));
            }
            field.apply(valid);
            return FieldView.of(field);
        });
    }

    /** Removes the field and its value from every contact, in one transaction. */
    public void delete(String key) {
        store.inTransaction(em -> {
            FieldEntity field = find(em, key);
            if (field == null) {
                throw new NotFound("crm-field", key);
            }
            for (ContactEntity contact : em.createQuery("select c from ContactEntity c where c.customFields like :key "
                    + "escape '!'", ContactEntity.class).setParameter("key", holding(key)).getResultList()) {
                Map<String, Object> values = read(contact.customFields());
                values.remove(key);
                contact.replaceCustomFields(write(values));
            }
            em.remove(field);
            audit.record(AuditEvent.of("crm-field", key, "delete").with("type", field.type().name(), null));
            return null;
        });
    }

    /** The tenant's fields in display order. */
    public List<FieldEntity> definitions(EntityManager em) {
        return em.createQuery("select f from FieldEntity f order by f.position, f.key", FieldEntity.class).getResultList();
    }

    /**
     * Checks {@code values} against the definitions, adding each problem to {@code errors} under
     * {@code customFields.<key>}, and returns the canonical JSON to store ({@code null} for none).
     */
    public String check(List<FieldEntity> definitions, Map<String, ?> values, List<FieldError> errors) {
        Map<String, FieldEntity> byKey = new LinkedHashMap<>();
        definitions.forEach(field -> byKey.put(field.key(), field));
        Map<String, Object> canonical = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((key, value) -> {
                FieldEntity field = byKey.get(key);
                if (field == null) {
                    errors.add(FieldError.of("customFields." + key, "crm.unknown-field"));
                    return;
                }
                Object converted = canonical(field, value, errors);
                if (converted != null) {
                    canonical.put(key, converted);
                }
            });
        }
        for (FieldEntity field : definitions) {
            if (field.required() && !canonical.containsKey(field.key())
                    && errors.stream().noneMatch(error -> error.field().equals("customFields." + field.key()))) {
                errors.add(FieldError.of("customFields." + field.key(), "required"));
            }
        }
        return canonical.isEmpty() ? null : write(canonical);
    }

    /** A stored value set, as a map in the stored order. */
    public Map<String, Object> read(String stored) {
        if (stored == null || stored.isEmpty()) {
            return new LinkedHashMap<>();
        }
        try {
            return json.readValue(stored, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("unreadable custom field values", corrupt);
        }
    }

    private String write(Map<String, Object> values) {
        if (values.isEmpty()) {
            return null;
        }
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static Object canonical(FieldEntity field, Object value, List<FieldError> errors) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return null;
        }
        String name = "customFields." + field.key();
        String text = String.valueOf(value).strip();
        switch (field.type()) {
            case TEXT -> {
                if (!(value instanceof String) || text.length() > 500) {
                    errors.add(FieldError.of(name, "crm.field-text", 500));
                    return null;
                }
                return text;
            }
            case NUMBER -> {
                // checked on the parsed value before any expansion: "1e999999999" must not become a billion digits
                if (value instanceof Boolean || text.length() > 40) {
                    errors.add(FieldError.of(name, "crm.field-number"));
                    return null;
                }
                try {
                    BigDecimal number = new BigDecimal(text);
                    if (number.precision() - number.scale() > 15 || number.scale() > 6) {
                        errors.add(FieldError.of(name, "crm.field-number"));
                        return null;
                    }
                    return number.scale() < 0 ? number.setScale(0) : number; // 1e3 is stored as 1000
                } catch (NumberFormatException | ArithmeticException notANumber) {
                    errors.add(FieldError.of(name, "crm.field-number"));
                    return null;
                }
            }
            case DATE -> {
                try {
                    return LocalDate.parse(text).toString();
                } catch (DateTimeParseException notADate) {
                    errors.add(FieldError.of(name, "crm.date-format"));
                    return null;
                }
            }
            case BOOLEAN -> {
                String lower = text.toLowerCase(Locale.ROOT);
                if (YES.contains(lower)) {
                    return Boolean.TRUE;
                }
                if (NO.contains(lower)) {
                    return Boolean.FALSE;
                }
                errors.add(FieldError.of(name, "crm.field-boolean"));
                return null;
            }
            default -> {
                for (String option : field.options()) {
                    if (option.equalsIgnoreCase(text)) {
                        return option;
                    }
                }
                errors.add(FieldError.of(name, "crm.field-choice", String.join(", ", field.options())));
                return null;
            }
        }
    }

    private static FieldEntity find(EntityManager em, String key) {
        return em.createQuery("select f from FieldEntity f where f.key = :key", FieldEntity.class)
                .setParameter("key", key).getResultList().stream().findFirst().orElse(null);
    }

    private static long contactsHolding(EntityManager em, String key) {
        return em.createQuery("select count(c) from ContactEntity c where c.customFields like :key escape '!'", Long.class)
                .setParameter("key", holding(key)).getSingleResult();
    }

    /** The LIKE operand matching a stored object with {@code key} (keys are [a-z0-9_], written by Jackson as "key":). */
    private static String holding(String key) {
        return SearchText.containing("\"" + key + "\":");
    }
}
