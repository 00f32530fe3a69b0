package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yangguang.it.Http.get;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yangguang.catalog.CatalogSheet;

/** Excel import is all or nothing, with a row-by-row report; export writes the same template. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExcelImportIT {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aFileWithOneBadRowSavesNothing() throws IOException {
        String good = MatterJson.newCode();
        String bad = MatterJson.newCode();
        List<List<String>> rows = List.of(row(good, "导入正确行", "5", "20"), row(bad, "导入错误行", "30", "20"));
        Http.Reply r = Http.postBytes("/api/v1/catalog/import", "office", XLSX, xlsx(rows));
        assertEquals(400, r.status(), r.body());
        assertTrue(r.isProblem());
        String errors = r.json().getJsonArray("errors").toString();
        assertTrue(errors.contains("第3行") && errors.contains("不得超过法定时限"), errors);
        assertTrue(!errors.contains("第2行"), "the good row has no error: " + errors);
        assertEquals(404, get("/api/v1/catalog/matters/" + good + "/versions", "office").status(), "good row not saved either");
        assertEquals(404, get("/api/v1/catalog/matters/" + bad + "/versions", "office").status());
    }

    @Test
    void everyBadCellIsReported() throws IOException {
        List<String> r = new ArrayList<>(row(MatterJson.newCode(), "多处错误", "5", "20"));
        r.set(3, "许可");          // type
        r.set(6, "NOSUCHDEPT");    // department
        r.set(9, "二十");           // statutory limit
        Http.Reply reply = Http.postBytes("/api/v1/catalog/import", "office", XLSX, xlsx(List.of(r)));
        assertEquals(400, reply.status());
        String errors = reply.json().getJsonArray("errors").toString();
        assertTrue(errors.contains("事项类型") && errors.contains("实施部门不存在") && errors.contains("法定时限"), errors);
    }

    @Test
    void aGoodFileBecomesSubmittedDraftsForReview() throws IOException {
        String a = MatterJson.newCode();
        String b = MatterJson.newCode();
        Http.Reply r = Http.postBytes("/api/v1/catalog/import", "office", XLSX,
                xlsx(List.of(row(a, "导入事项甲", "5", "20"), row(b, "导入事项乙", "10", "20"))));
        assertEquals(200, r.status(), r.body());
        JsonObject result = r.json();
        assertEquals(2, result.getInt("rows"));
        assertEquals(2, result.getInt("created"));
        String queue = get("/api/v1/catalog/review-queue?size=100", "office").body();
        assertTrue(queue.contains(a) && queue.contains(b), queue);
        assertEquals(404, get("/api/v1/matters/" + a, null).status(), "imported rows wait for review");
    }

    @Test
    void exportHasTheTemplateHeadersAndTheFilteredMatters() throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(Http.BASE + "/api/v1/catalog/export?department=SCJGJ"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("office:demo".getBytes()))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(r.body()));
                Stream<Row> rows = wb.getFirstSheet().openStream()) {
            List<Row> all = rows.toList();
            List<String> header = new ArrayList<>();
            for (int i = 0; i < CatalogSheet.HEADERS.size(); i++) header.add(all.get(0).getCellText(i));
            assertEquals(CatalogSheet.HEADERS, header);
            assertTrue(all.size() > 10);
            assertTrue(all.stream().skip(1).allMatch(row -> "SCJGJ".equals(row.getCellText(6))));
        }
    }

    static List<String> row(String code, String name, String promised, String statutory) {
        return List.of(code, "000099002000", name, "行政许可", "主项", "", "SCJGJ", "《中华人民共和国行政许可法》第十二条",
                "具备相应条件", statutory, "工作日", promised, "工作日", "承诺件", "", "1", "窗口、网上",
                "申请书|纸质|必需|1|0|", "", "受理|窗口|1\n决定|业务科|1", "0577-1", "12345", "阳光县人民政府", "阳光县人民法院",
                "导入测试");
    }

    static byte[] xlsx(List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("事项目录");
        for (int c = 0; c < CatalogSheet.HEADERS.size(); c++) ws.value(0, c, CatalogSheet.HEADERS.get(c));
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) ws.value(r + 1, c, rows.get(r).get(c));
        }
        wb.finish();
        return out.toByteArray();
    }
}
