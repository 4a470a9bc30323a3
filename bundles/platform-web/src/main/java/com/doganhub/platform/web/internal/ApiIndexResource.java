package com.doganhub.platform.web.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.LocalizedText;
import com.doganhub.platform.api.PlatformModule;

/** {@code GET /api/v1}: which API this is and which modules are installed right now. */
@Component(service = ApiIndexResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH)
@Produces(MediaType.APPLICATION_JSON)
public class ApiIndexResource {

    private final List<PlatformModule> modules = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addModule(PlatformModule module) {
        modules.add(module);
    }

    void removeModule(PlatformModule module) {
        modules.remove(module);
    }

    /** One installed module as the index lists it. */
    public record ModuleSummary(String id, String version, LocalizedText name) {
    }

    @GET
    public Map<String, Object> index() {
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("product", "DoganHub");
        index.put("apiVersion", "v1");
        index.put("modules", modules.stream().sorted(Comparator.comparing(PlatformModule::id))
                .map(module -> new ModuleSummary(module.id(), module.version(), module.name()))
                .toList());
        return index;
    }
}
