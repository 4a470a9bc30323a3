package com.doganhub.itests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import com.doganhub.itests.provider.TickRoutes;

/**
 * A provider bundle made in memory: {@link TickRoutes} registered as a {@code RoutesBuilder} by a Declarative
 * Services component, the way a real provider bundle contributes its routes to the shared Camel context.
 */
final class RouteProviderBundle {

    static final String SYMBOLIC_NAME = "itest-route-provider";

    private static final String COMPONENT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="itest-tick-routes" immediate="true">
              <implementation class="com.doganhub.itests.provider.TickRoutes"/>
              <service><provide interface="org.apache.camel.RoutesBuilder"/></service>
            </scr:component>
            """;

    private RouteProviderBundle() {
    }

    static InputStream jar() throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", SYMBOLIC_NAME);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Import-Package", "org.apache.camel;version=\"[4.18,5)\",org.apache.camel.builder;version=\"[4.18,5)\"");
        main.putValue("DynamicImport-Package", "org.apache.camel.*");
        main.putValue("Service-Component", "OSGI-INF/tick-routes.xml");
        String classFile = TickRoutes.class.getName().replace('.', '/') + ".class";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest);
                InputStream compiled = TickRoutes.class.getClassLoader().getResourceAsStream(classFile)) {
            jar.putNextEntry(new JarEntry(classFile));
            jar.write(compiled.readAllBytes());
            jar.closeEntry();
            jar.putNextEntry(new JarEntry("OSGI-INF/tick-routes.xml"));
            jar.write(COMPONENT.getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
