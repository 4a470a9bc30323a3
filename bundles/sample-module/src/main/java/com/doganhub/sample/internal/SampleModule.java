package com.doganhub.sample.internal;

import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import com.doganhub.platform.api.LocalizedText;
import com.doganhub.platform.api.NavigationEntry;
import com.doganhub.platform.api.PermissionDefinition;
import com.doganhub.platform.api.PlatformModule;

/** What the sample module adds to the platform. */
@Component(service = PlatformModule.class)
public class SampleModule implements PlatformModule {

    static final String ID = "sample";
    static final String READ = "sample.note.read";
    static final String WRITE = "sample.note.write";

    private final String version;

    @Activate
    public SampleModule(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public LocalizedText name() {
        return new LocalizedText("وحدة تجريبية", "Sample module");
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(READ, new LocalizedText("عرض الملاحظات", "Read notes")),
                new PermissionDefinition(WRITE, new LocalizedText("كتابة الملاحظات", "Write notes")));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry("notes", new LocalizedText("الملاحظات", "Notes"), "/sample/notes", READ, 10));
    }

    @Override
    public List<String> requiredIntegrations() {
        return List.of("database");
    }
}
