package com.doganhub.platform.persistence.internal;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.doganhub.platform.api.health.Readiness;
import com.doganhub.platform.api.health.ReadinessCheck;

/**
 * Readiness check {@code persistence-units}: every persistence unit that an active bundle declares (through its
 * {@code Meta-Persistence} header) has its {@code JpaTemplate} registered. Aries JPA creates the factories
 * asynchronously, after Karaf reports the boot features started and after the schema is migrated; until then the
 * module's services and REST resources are not registered at all, so the {@code api} check cannot see them missing.
 * When this check passes, the resources waiting on the template exist and {@code api} waits for them to be served.
 */
@Component(service = ReadinessCheck.class)
public class PersistenceUnitReadiness implements ReadinessCheck {

    static final String NAME = "persistence-units";
    private static final String JPA_TEMPLATE = "org.apache.aries.jpa.template.JpaTemplate";
    private static final String DEFAULT_DESCRIPTOR = "META-INF/persistence.xml";

    private final BundleContext context;
    /** Units per bundle id and last-modified time: the descriptors are parsed once per bundle revision. */
    private final Map<String, List<String>> unitsByRevision = new ConcurrentHashMap<>();

    @Activate
    public PersistenceUnitReadiness(BundleContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Readiness check() {
        List<String> waiting = new ArrayList<>();
        int units = 0;
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getState() != Bundle.ACTIVE || bundle.getHeaders("").get("Meta-Persistence") == null) {
                continue;
            }
            for (String unit : unitsOf(bundle)) {
                units++;
                if (!templateRegistered(unit)) {
                    waiting.add(unit + " (" + bundle.getSymbolicName() + ")");
                }
            }
        }
        return waiting.isEmpty()
                ? Readiness.ready(NAME, units + " persistence unit(s) up")
                : Readiness.notReady(NAME, "waiting for persistence unit(s): " + String.join(", ", waiting));
    }

    private boolean templateRegistered(String unit) {
        try {
            ServiceReference<?>[] found = context.getServiceReferences(JPA_TEMPLATE, "(osgi.unit.name=" + unit + ")");
            return found != null && found.length > 0;
        } catch (InvalidSyntaxException e) {
            return false;
        }
    }

    private List<String> unitsOf(Bundle bundle) {
        return unitsByRevision.computeIfAbsent(bundle.getBundleId() + "@" + bundle.getLastModified(),
                revision -> declaredUnits(bundle));
    }

    static List<String> declaredUnits(Bundle bundle) {
        Set<String> descriptors = new LinkedHashSet<>();
        descriptors.add(DEFAULT_DESCRIPTOR);
        for (String path : bundle.getHeaders("").get("Meta-Persistence").split(",")) {
            if (!path.isBlank()) {
                descriptors.add(path.trim());
            }
        }
        Set<String> units = new LinkedHashSet<>();
        for (String descriptor : descriptors) {
            URL entry = bundle.getEntry(descriptor);
            if (entry != null) {
                units.addAll(unitNames(entry));
            }
        }
        return List.copyOf(units);
    }

    static List<String> unitNames(URL descriptor) {
        try (InputStream in = descriptor.openStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(true);
            NodeList declared = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS("*", "persistence-unit");
            List<String> names = new ArrayList<>();
            for (int i = 0; i < declared.getLength(); i++) {
                names.add(((Element) declared.item(i)).getAttribute("name"));
            }
            return names;
        } catch (Exception unreadable) {
            // Aries JPA cannot read it either and reports the bundle itself; nothing for readiness to wait on.
            return List.of();
        }
    }
}
