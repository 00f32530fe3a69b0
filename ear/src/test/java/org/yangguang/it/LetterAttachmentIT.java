package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yangguang.it.Http.get;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A letter's attachments through {@code POST /api/v1/public/letters/{number}/attachments}: the
 * same limits as every upload (type, size) and at most five, while the letter waits for routing;
 * the writer sees their names on tracking, the staff of the letter download them, another
 * department cannot, and they are never published with the answer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LetterAttachmentIT {
    static final byte[] PHOTO = "\u0089PNG test photo".getBytes(StandardCharsets.ISO_8859_1);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    static Http.Reply attach(String number, String code, String fileName, byte[] content) {
        return Http.postBytes(LetterApiIT.LETTERS + "/" + number + "/attachments?queryCode=" + code + "&fileName=" + Http.enc(fileName),
                null, "application/octet-stream", content);
    }

    @Test
    void theWriterAttachesWithinTheLimitsAndOnlyTheLettersStaffDownload() {
        JsonObject receipt = LetterApiIT.write(LetterApiIT.letter().add("subject", "窗口门前的无障碍坡道损坏"));
        String number = receipt.getString("number");
        String code = receipt.getString("queryCode");

        Http.Reply ok = attach(number, code, "坡道照片.png", PHOTO);
        assertEquals(201, ok.status(), ok.body());
        JsonArray listed = ok.json().getJsonArray("attachments");
        assertEquals(1, listed.size());
        assertEquals("坡道照片.png", listed.getJsonObject(0).getString("fileName"));
        assertEquals("image/png", listed.getJsonObject(0).getString("contentType"), "our type, by the extension");

        // the same limits as every upload: the type, the size, an empty file; nothing of them is kept
        Http.Reply type = attach(number, code, "setup.exe", PHOTO);
        assertEquals(400, type.status(), type.body());
        assertTrue(type.isProblem() && type.body().contains("exe"), type.body());
        Http.Reply big = attach(number, code, "scan.pdf", new byte[10 * 1024 * 1024 + 1]);
        assertEquals(400, big.status(), big.body());
        assertTrue(big.isProblem(), big.contentType());
        assertEquals(400, attach(number, code, "empty.pdf", new byte[0]).status());
        Http.Reply wrongCode = attach(number, "WRONG1", "more.png", PHOTO);
        assertEquals(404, wrongCode.status(), wrongCode.body());
        assertTrue(wrongCode.isProblem());
        Http.Reply noCode = Http.postBytes(LetterApiIT.LETTERS + "/" + number + "/attachments?fileName=a.png", null,
                "application/octet-stream", PHOTO);
        assertEquals(400, noCode.status(), noCode.body());

        // the writer sees the names; staff see and download them
        JsonObject tracked = get(LetterApiIT.LETTERS + "/" + number + "?queryCode=" + code, null).json();
        assertEquals(1, tracked.getJsonArray("attachments").size(), tracked.toString());
        JsonObject staff = get(LetterHandlingIT.STAFF + "/" + number, "office").json();
        long file = staff.getJsonArray("attachments").getJsonObject(0).getJsonNumber("id").longValue();
        String download = LetterHandlingIT.STAFF + "/" + number + "/attachments/" + file;
        HttpResponse<byte[]> byOffice = Http.getBytes(download, "office");
        assertEquals(200, byOffice.statusCode());
        assertArrayEquals(PHOTO, byOffice.body());
        assertTrue(byOffice.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals(404, Http.getBytes(download, "clerk").statusCode(), "not the department's before routing");
        assertEquals(401, Http.getBytes(download, null).statusCode());
        assertEquals(404, Http.getBytes(LetterHandlingIT.STAFF + "/" + number + "/attachments/1", "office").statusCode(),
                "only the letter's own files");

        // routed to the market regulation bureau: its clerk downloads, another department's does not
        staff = LetterHandlingIT.act(number, "route", "office", LetterHandlingIT.version(staff).add("department", "SCJGJ"));
        assertEquals(200, Http.getBytes(download, "clerk").statusCode());
        Http.Reply other = Http.request("GET", download, "clerk2", null, null, "*/*");
        assertEquals(404, other.status(), "another department's staff: as if there were no such letter");
        assertTrue(other.isProblem(), other.contentType());

        // once with its handler, the letter takes no more files
        Http.Reply late = attach(number, code, "more.png", PHOTO);
        assertEquals(409, late.status(), late.body());
        assertTrue(late.isProblem());

        // answered and published: the attachments are not
        JsonObject mine = get(LetterHandlingIT.STAFF + "/" + number, "clerk").json();
        LetterHandlingIT.act(number, "answer", "clerk", LetterHandlingIT.version(mine).add("answer", "已安排维修坡道。"));
        JsonObject reviewed = get(LetterHandlingIT.STAFF + "/" + number, "office").json();
        LetterHandlingIT.act(number, "publish", "office", LetterHandlingIT.version(reviewed)
                .add("text", "窗口门前的无障碍坡道损坏，请修复。").add("answer", "已安排维修坡道。"));
        String published = get(LetterApiIT.LETTERS + "?q=" + Http.enc("无障碍坡道"), null).body();
        assertTrue(published.contains("已安排维修坡道"), published);
        assertFalse(published.contains("坡道照片") || published.contains("attachments"), published);
    }

    @Test
    void aLetterTakesFiveAttachments() {
        JsonObject receipt = LetterApiIT.write(LetterApiIT.letter());
        String number = receipt.getString("number");
        String code = receipt.getString("queryCode");
        for (int i = 1; i <= 5; i++) assertEquals(201, attach(number, code, "p" + i + ".jpg", PHOTO).status());
        Http.Reply sixth = attach(number, code, "p6.jpg", PHOTO);
        assertEquals(409, sixth.status(), sixth.body());
        assertTrue(sixth.isProblem() && sixth.body().contains("5"), sixth.body());
        assertEquals(5, get(LetterApiIT.LETTERS + "/" + number + "?queryCode=" + code, null).json().getJsonArray("attachments").size());
    }
}
