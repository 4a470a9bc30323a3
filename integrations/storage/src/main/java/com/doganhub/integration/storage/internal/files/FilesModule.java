package com.doganhub.integration.storage.internal.files;

import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import com.doganhub.platform.api.LocalizedText;
import com.doganhub.platform.api.NavigationEntry;
import com.doganhub.platform.api.PermissionDefinition;
import com.doganhub.platform.api.PlatformModule;

/** The files API's permissions. */
@Component(service = PlatformModule.class)
public class FilesModule implements PlatformModule {

    public static final String READ = "file.read";
    public static final String WRITE = "file.write";

    private final String version;

    @Activate
    public FilesModule(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return "files";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public LocalizedText name() {
        return new LocalizedText("الملفات", "Files");
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition(READ, new LocalizedText("عرض الملفات وتنزيلها", "View and download files")),
                new PermissionDefinition(WRITE, new LocalizedText("رفع الملفات وحذفها", "Upload and delete files")));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of();
    }

    @Override
    public List<String> requiredIntegrations() {
        return List.of();
    }
}
