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

/** A bundle, made in memory, whose second changeset alters a table that does not exist. */
final class BrokenSchemaBundle {

    static final String SYMBOLIC_NAME = "itest-broken-schema";

    private static final String CHANGELOG = """
            <?xml version="1.0" encoding="UTF-8"?>
            <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                               xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                               xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
              <changeSet id="create" author="itest">
                <createTable tableName="itb_thing">
                  <column name="id" type="varchar(36)"><constraints primaryKey="true"/></column>
                </createTable>
              </changeSet>
              <changeSet id="add-to-missing-table" author="itest">
                <addColumn tableName="itb_does_not_exist">
                  <column name="x" type="int"/>
                </addColumn>
              </changeSet>
            </databaseChangeLog>
            """;

    private BrokenSchemaBundle() {
    }

    static InputStream jar() throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", SYMBOLIC_NAME);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("DoganHub-Liquibase", "db/changelog.xml");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            jar.putNextEntry(new JarEntry("db/"));
            jar.closeEntry();
            jar.putNextEntry(new JarEntry("db/changelog.xml"));
            jar.write(CHANGELOG.getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
