package com.doganhub.integration.runtime.internal.status;

import java.util.List;

import com.doganhub.integration.api.IntegrationCategory;
import com.doganhub.integration.api.IntegrationCheck;
import com.doganhub.integration.api.IntegrationPriority;
import com.doganhub.integration.api.IntegrationReport;

/** The platform's baseline check of one catalogue integration, registered as an {@link IntegrationCheck} service. */
final class CatalogueCheck implements IntegrationCheck {

    private final IntegrationDefinition definition;
    private final IntegrationStatusService status;

    CatalogueCheck(IntegrationDefinition definition, IntegrationStatusService status) {
        this.definition = definition;
        this.status = status;
    }

    @Override
    public String id() {
        return definition.id();
    }

    @Override
    public String name() {
        return definition.name();
    }

    @Override
    public IntegrationCategory category() {
        return definition.category();
    }

    @Override
    public IntegrationPriority priority() {
        return definition.priority();
    }

    @Override
    public List<String> usedBy() {
        return definition.usedBy();
    }

    @Override
    public String impact() {
        return definition.impact();
    }

    @Override
    public String fix() {
        return definition.fix();
    }

    @Override
    public IntegrationReport evaluate() {
        return status.evaluate(definition);
    }
}
