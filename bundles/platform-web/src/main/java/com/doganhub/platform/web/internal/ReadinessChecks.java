package com.doganhub.platform.web.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import com.doganhub.platform.api.health.Readiness;
import com.doganhub.platform.api.health.ReadinessCheck;

/** The readiness checks registered right now, asked one by one; a check that throws counts as not ready. */
@Component(service = ReadinessChecks.class)
public class ReadinessChecks {

    private final List<ReadinessCheck> checks = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCheck(ReadinessCheck check) {
        checks.add(check);
    }

    void removeCheck(ReadinessCheck check) {
        checks.remove(check);
    }

    List<Readiness> evaluate() {
        return checks.stream().map(ReadinessChecks::safely).toList();
    }

    static Readiness safely(ReadinessCheck check) {
        try {
            return check.check();
        } catch (RuntimeException failed) {
            return Readiness.notReady(check.name(), "check failed: " + failed.getClass().getSimpleName());
        }
    }
}
