package com.doganhub.platform.web.internal.export;

import java.util.Locale;

import org.osgi.service.component.annotations.Component;

import com.doganhub.platform.api.export.Table;
import com.doganhub.platform.api.export.TableExport;

/** The platform's one way to write a table as CSV or XLSX. */
@Component(service = TableExport.class)
public class TableFormats implements TableExport {

    @Override
    public byte[] csv(Table table, Locale locale) {
        return CsvFormat.write(table, locale);
    }

    @Override
    public byte[] xlsx(Table table, Locale locale) {
        return XlsxFormat.write(table, locale);
    }
}
