package org.yangguang.web.support;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Supplier;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.yangguang.shared.Spreadsheet;

/** Excel downloads of the tables on the pages (p:fileDownload). */
public final class Exports {
    private Exports() {}

    public static StreamedContent xlsx(String fileName, String sheet, List<String> headers,
            Supplier<List<List<Object>>> rows) {
        return DefaultStreamedContent.builder()
                .name(fileName)
                .contentType(Spreadsheet.CONTENT_TYPE)
                .stream(() -> new ByteArrayInputStream(Spreadsheet.table(sheet, headers, rows.get())))
                .build();
    }
}
