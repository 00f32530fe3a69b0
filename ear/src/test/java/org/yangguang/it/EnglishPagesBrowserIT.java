package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.yangguang.it.CaseApiIT.act;
import static org.yangguang.it.CaseApiIT.ok;
import static org.yangguang.it.CaseApiIT.receive;
import static org.yangguang.it.CaseApiIT.with;
import static org.yangguang.it.Http.get;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * English as a real second locale: the main pages of every role, visited in English, show no
 * Chinese outside the user's data (marked lang="zh": names, opinions, documents, holidays) and
 * no missing bundle key.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EnglishPagesBrowserIT {

    /** Visible text outside [lang^=zh] with Chinese in it (CJK ideographs and full-width punctuation), and ??? keys. */
    static final String CHECK = """
            const root = document.body.cloneNode(true);
            root.querySelectorAll('[lang^=zh], script, style, .ui-helper-hidden-accessible').forEach(e => e.remove());
            root.style.position = 'absolute'; root.style.left = '-99999px';
            document.body.appendChild(root);
            const text = root.innerText; root.remove();
            const cjk = /[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]+/g;
            const out = []; let m;
            while ((m = cjk.exec(text)) !== null) {
              out.push('"' + text.substring(Math.max(0, m.index - 30), Math.min(text.length, m.index + m[0].length + 30)).replace(/\\s+/g, ' ') + '"');
            }
            document.querySelectorAll('[placeholder],[title]').forEach(e => {
              if (e.closest('[lang^=zh]')) return;
              for (const a of ['placeholder', 'title']) {
                const v = e.getAttribute(a);
                if (v && /[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]/.test(v)) out.push(a + '="' + v + '"');
              }
            });
            if (/[\\u3400-\\u9fff]/.test(document.title)) out.push('<title>' + document.title);
            const missing = text.match(/\\?\\?\\?[^?]*\\?\\?\\?/g);
            if (missing) missing.forEach(k => out.push('missing key ' + k));
            return out;""";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final List<String> problems = new ArrayList<>();

    @Test
    void theMainPagesOfEveryRoleAreInEnglish() throws Exception {
        // a case with something in every part of its page: accepted, a special procedure, documents
        JsonObject c = ok(act("clerk", receive("clerk", "SCJGJ", "PROMISED", true), "accept", with()));
        c = ok(act("clerk", c, "start-special-procedure", with().add("procedureType", "INSPECTION").add("reason", "现场核查").add("days", 3)));
        String rn = c.getString("receiptNumber");
        String code = c.getString("queryCode");
        String matter = get("/api/v1/matters?q=" + Http.enc("食品经营许可（新办）") + "&size=1", null).json()
                .getJsonArray("items").getJsonObject(0).getString("implementationCode");
        long item = get("/api/v1/public/disclosure-items?size=1", null).json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        String request = get("/api/v1/disclosure/requests?size=1", "editor").json().getJsonArray("items").getJsonObject(0)
                .getString("number");

        try (Browser b = Browser.open()) {
            try {
                b.go("/index.xhtml");
                english(b);
                check(b, "/index.xhtml", "/guide/index.xhtml", "/guide/matter.xhtml?code=" + matter, "/guide/deadline.xhtml",
                        "/track.xhtml?rn=" + rn + "&code=" + code, "/complaint.xhtml", "/login.xhtml",
                        "/guide/apply.xhtml?code=" + matter, "/guide/document.xhtml?rn=" + rn + "&code=" + code + "&doc=ACCEPTANCE",
                        "/disclosure.xhtml", "/open.xhtml", "/open-item.xhtml?id=" + item);

                b.logIn("clerk");
                english(b);
                check(b, "/admin/index.xhtml", "/admin/cases/todo.xhtml", "/admin/cases/queue.xhtml",
                        "/admin/cases/case.xhtml?rn=" + rn, "/admin/cases/receive.xhtml", "/admin/catalog/matters.xhtml",
                        "/admin/catalog/history.xhtml?code=" + matter, "/admin/catalog/edit.xhtml?code=" + matter,
                        "/admin/findings/list.xhtml", "/admin/account/password.xhtml");
                // an action dialog, open
                b.go("/admin/cases/case.xhtml?rn=" + rn);
                b.click(By.cssSelector("button.action-end-special-procedure"));
                b.visible(By.id("actionForm:perform"));
                scan(b, "end-special-procedure dialog");
                b.go("/admin/index.xhtml");
                b.logOut();

                as(b, "approver", "/admin/cases/todo.xhtml", "/admin/cases/case.xhtml?rn=" + rn);
                as(b, "office", "/admin/index.xhtml", "/admin/catalog/review.xhtml", "/admin/office/departments.xhtml",
                        "/admin/office/users.xhtml", "/admin/office/calendar.xhtml", "/admin/office/audit.xhtml",
                        "/admin/office/legacy.xhtml", "/admin/office/apikeys.xhtml");
                as(b, "supervisor", "/admin/supervision/index.xhtml", "/admin/supervision/scores.xhtml",
                        "/admin/supervision/rules.xhtml", "/admin/supervision/complaints.xhtml", "/admin/supervision/jobs.xhtml",
                        "/admin/supervision/cases.xhtml?measure=OPEN_AT_LEVEL&level=0");
                as(b, "editor", "/admin/disclosure/requests.xhtml", "/admin/disclosure/request.xhtml?number=" + request,
                        "/admin/disclosure/items.xhtml", "/admin/disclosure/item.xhtml", "/admin/disclosure/item.xhtml?id=" + item,
                        "/admin/disclosure/report.xhtml", "/admin/disclosure/publication.xhtml", "/admin/disclosure/categories.xhtml");
                as(b, "reviewer", "/admin/index.xhtml", "/admin/disclosure/items.xhtml?status=SUBMITTED");
            } catch (RuntimeException | AssertionError e) {
                b.screenshot("english-failure");
                throw e;
            }
        }
        assertEquals(List.of(), problems, "Chinese outside user data, or a missing key, in English:\n" + String.join("\n", problems));
    }

    private void as(Browser b, String user, String... paths) {
        b.logIn(user);
        english(b);
        check(b, paths);
        b.logOut();
    }

    /** Switches the session to English (the language link reads English while the page is Chinese). */
    private static void english(Browser b) {
        if (b.driver.findElement(By.id("topForm:lang")).getText().equals("English")) {
            b.click(By.id("topForm:lang"));
            b.wait.until(ExpectedConditions.textToBe(By.id("topForm:lang"), "中文"));
        }
    }

    private void check(Browser b, String... paths) {
        for (String path : paths) {
            b.go(path);
            b.visible(By.cssSelector("footer"));
            scan(b, path);
        }
    }

    @SuppressWarnings("unchecked")
    private void scan(Browser b, String where) {
        List<String> found = (List<String>) ((JavascriptExecutor) b.driver).executeScript(CHECK);
        found.stream().distinct().limit(10).forEach(f -> problems.add(where + ": " + f));
    }
}
