package com.doganhub.platform.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistenceUnitReadinessTest {

    @Test
    void everyDeclaredUnitIsAwaitedByName(@TempDir Path folder) throws Exception {
        Path descriptor = folder.resolve("persistence.xml");
        Files.writeString(descriptor, """
                <?xml version="1.0" encoding="UTF-8"?>
                <persistence xmlns="http://xmlns.jcp.org/xml/ns/persistence" version="2.2">
                  <persistence-unit name="doganhub-finance" transaction-type="JTA"/>
                  <persistence-unit name="doganhub-finance-reports" transaction-type="JTA"/>
                </persistence>
                """);
        assertEquals(List.of("doganhub-finance", "doganhub-finance-reports"),
                PersistenceUnitReadiness.unitNames(descriptor.toUri().toURL()));
    }

    @Test
    void aDescriptorWithADoctypeIsNotParsed(@TempDir Path folder) throws Exception {
        Path descriptor = folder.resolve("persistence.xml");
        Files.writeString(descriptor, """
                <?xml version="1.0"?>
                <!DOCTYPE persistence [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <persistence><persistence-unit name="&x;"/></persistence>
                """);
        assertEquals(List.of(), PersistenceUnitReadiness.unitNames(descriptor.toUri().toURL()));
    }
}
