package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yangguang.it.CaseApiIT.act;
import static org.yangguang.it.CaseApiIT.ok;
import static org.yangguang.it.CaseApiIT.receive;
import static org.yangguang.it.CaseApiIT.with;
import static org.yangguang.it.Http.get;
import static org.yangguang.it.Http.post;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every page of the webapp, as every role that may see it, in Chinese and in English, shows words,
 * not codes: no enum-looking token, Java class name, Faces id (j_idt…), "field:" prefix in a
 * message, missing bundle key or, in Chinese, login where a person's name belongs; in English no
 * Chinese outside user data (marked lang="zh"; codes that are data, such as a department's code,
 * are marked translate="no"). The main dialogs are opened and a few forms submitted empty, in both
 * languages, their messages seen with their words. The header keeps one row at 1366 px for every
 * role, its menus open from the keyboard, and the public pages, the staff home pages and a few
 * forms pass axe-core's WCAG 2.1 A/AA rules; under PrimeFaces' nonce CSP no
 * injected script or event handler runs. A page added to the webapp fails this test until it is
 * visited here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EveryPageBrowserIT {

    static final String ANONYMOUS = "anonymous";
    static final List<String> ROLES = List.of(ANONYMOUS, "clerk", "approver", "office", "supervisor", "editor", "reviewer", "clerk2");
    static final Path WEBAPP = Path.of(System.getProperty("webapp.dir", "../web/src/main/webapp"));
    static final Path AXE = Path.of(System.getProperty("axe.script", "../.ci/node_modules/axe-core/axe.min.js"));

    /**
     * Codes where words belong, in the text a person reads (user data and data codes left out).
     * {@code arguments[0]} is true in English.
     */
    static final String CODES = """
            const english = arguments[0];
            const out = [];
            const visible = (root, drop) => {
              const copy = root.cloneNode(true);
              copy.querySelectorAll('script, style, .ui-helper-hidden-accessible' + drop).forEach(e => e.remove());
              copy.style.position = 'absolute'; copy.style.left = '-99999px';
              document.body.appendChild(copy);
              const text = copy.innerText; copy.remove();
              return text;
            };
            const around = (text, m) => '"' + text.substring(Math.max(0, m.index - 30), Math.min(text.length, m.index + m[0].length + 30))
                .replace(/\\s+/g, ' ') + '"';
            const words = visible(document.body, ', [lang^=zh], [translate=no]');
            const rules = [
              ['enum-looking token', /\\b[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9]\\b|\\b[A-Z]{4,}\\b/g, t => !/^(HTTP|HTTPS|JSON|XLSX|HTML|WCAG)$/.test(t)],
              ['Java class name', /\\b(?:[a-z]+\\.){2,}[A-Z]\\w+|\\b[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+\\b/g, t => !/^(WildFly|PrimeFaces|JavaScript)$/.test(t)],
              ['Faces id', /j_idt\\d*/g, t => true],
              ['missing bundle key', /\\?\\?\\?[^?\\s]+\\?\\?\\?/g, t => true],
              ['login where a name belongs', /\\b(?:office|clerk2?|approver|supervisor|editor|reviewer|system|admin)\\b/g, t => !english],
            ];
            for (const [kind, rx, keep] of rules) {
              let m;
              while ((m = rx.exec(words)) !== null) if (keep(m[0])) out.push(kind + ': ' + around(words, m));
            }
            document.querySelectorAll('.ui-message, .ui-messages, .ui-growl, .notice, [role=alert]').forEach(e => {
              const t = e.innerText;
              if (/(^|\\n)\\s*[a-z_][A-Za-z0-9_.\\[\\]]*\\s?: /.test(t) || /j_idt/.test(t)) out.push('field id in a message: "' + t.replace(/\\s+/g, ' ').slice(0, 100) + '"');
            });
            if (english) {
              const text = visible(document.body, ', [lang^=zh]');
              const cjk = /[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]+/g; let m;
              while ((m = cjk.exec(text)) !== null) out.push('Chinese in English: ' + around(text, m));
              document.querySelectorAll('[placeholder],[title],[aria-label]').forEach(e => {
                if (e.closest('[lang^=zh]')) return;
                for (const a of ['placeholder', 'title', 'aria-label']) {
                  const v = e.getAttribute(a);
                  if (v && /[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]/.test(v)) out.push('Chinese in English: ' + a + '="' + v + '"');
                }
              });
              if (/[\\u3400-\\u9fff]/.test(document.title)) out.push('Chinese in English: <title>' + document.title);
            }
            return [...new Set(out)];""";

    /**
     * The header on one row: brand, links or menus and the user box share one line, nothing
     * overflows, and the header is no taller than one row.
     */
    static final String HEADER = """
            const h = document.querySelector('header.topbar');
            const parts = [...h.querySelectorAll('.brand, nav > a, .menubar > li, .userbox')].filter(e => e.offsetParent !== null);
            const middles = parts.map(e => { const r = e.getBoundingClientRect(); return r.top + r.height / 2; });
            const spread = Math.max(...middles) - Math.min(...middles);
            const height = h.getBoundingClientRect().height;
            const out = [];
            if (spread > 4) out.push('items on more than one row (their middles ' + Math.round(spread) + ' px apart)');
            if (height > 60) out.push('header ' + Math.round(height) + ' px high');
            if (h.scrollWidth > h.clientWidth + 1) out.push('header overflows: ' + h.scrollWidth + ' px wide in ' + h.clientWidth);
            return out;""";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final List<String> problems = new ArrayList<>();

    /** Values for the pages' parameters, made through the API as the users would. */
    record Data(String rn, String code, String matter, long item, String request, String requestNumber, String requestCode,
            String complaint, String complaintCode, long finding, long draft, int reportYear, String openRequest, long ownItem,
            String letter, String letterCode, String routedLetter) {

        static Data make() throws Exception {
            JsonObject c = ok(act("clerk", receive("clerk", "SCJGJ", "PROMISED", true), "accept", with()));
            c = ok(act("clerk", c, "start-special-procedure", with().add("procedureType", "INSPECTION").add("reason", "现场核查").add("days", 3)));
            String matter = get("/api/v1/matters?q=" + Http.enc("食品经营许可（新办）") + "&size=1", null).json()
                    .getJsonArray("items").getJsonObject(0).getString("implementationCode");
            long item = get("/api/v1/public/disclosure-items?size=1", null).json().getJsonArray("items").getJsonObject(0)
                    .getJsonNumber("id").longValue();
            String request = get("/api/v1/disclosure/requests?size=1", "editor").json().getJsonArray("items").getJsonObject(0)
                    .getString("number");
            // a request of the public's, replied, so that its tracking shows the reply letter
            JsonObject applied = post("/api/v1/public/disclosure-requests", null, DisclosureRequestIT.application().build().toString()).json();
            String number = applied.getString("number");
            int version = get("/api/v1/disclosure/requests/" + number, "editor").json().getInt("version");
            Http.Reply replied = post("/api/v1/disclosure/requests/" + number + "/reply", "editor", Json.createObjectBuilder()
                    .add("version", version).add("outcome", "DISCLOSED").add("text", "见附件").add("delivery", "ONLINE").build().toString());
            assertEquals(200, replied.status(), replied.body());
            JsonObject complaint = post("/api/v1/supervision/complaints", "supervisor", Json.createObjectBuilder()
                    .add("channel", "PHONE").add("name", "王先生").add("phone", "13700000000").add("departmentCode", "SCJGJ")
                    .add("content", "窗口工作人员要求重复提交材料").build().toString()).json();
            // a case of the clerk's department past its statutory limit, judged by the evaluation: a finding
            java.time.LocalDate asOf = Supervision.today().minusDays(2);
            String overdue = "PAGES-" + System.nanoTime() % 1_000_000;
            Supervision.importCases(List.of(Supervision.line(overdue, Supervision.FOOD_NEW,
                    Supervision.event("RECEIVE", asOf.minusDays(45), null), Supervision.event("ACCEPT", asOf.minusDays(45), null))));
            JsonObject run = Supervision.start("supervisor", Supervision.body(asOf, null));
            assertEquals("COMPLETED", Supervision.await(run.getJsonNumber("executionId").longValue()).getString("status"));
            long finding = SupervisionApiIT.finding(overdue, "STATUTORY_OVERDUE").getJsonNumber("id").longValue();
            var queue = get("/api/v1/catalog/review-queue", "office").jsonArray();
            long draft = queue.isEmpty() ? -1 : queue.getJsonObject(0).getJsonNumber("id").longValue();
            // a published annual report (of a department and year no other test publishes), for the portal's report page
            int year = Supervision.today().getYear() - 2;
            String reports = "/api/v1/disclosure/annual-reports/" + year;
            if (get(reports + "?department=MZJ", null).status() == 404) {
                JsonObject staff = get(reports + "?department=MZJ", "editor").json();
                int read = staff.containsKey("version") && !staff.isNull("version") ? staff.getInt("version") : 0; // 0: not written yet
                JsonObject texts = Http.put(reports + "/texts?department=MZJ", "editor", Json.createObjectBuilder().add("version", read)
                        .add("overview", "概述").add("problems", "问题").add("otherMatters", "无。").build().toString()).json();
                Http.Reply published = post(reports + "/publish?department=MZJ", "editor", "{\"version\":" + texts.getInt("version") + "}");
                assertEquals(200, published.status(), published.body());
            }
            // a request still in progress (its page asks for a third party) and an item of its own, published and in
            // force (its page offers to repeal it, with the date): the forms the accessibility check looks at
            String open = post("/api/v1/public/disclosure-requests", null, DisclosureRequestIT.application().build().toString()).json()
                    .getString("number");
            String items = "/api/v1/disclosure/items";
            long own = post(items, "editor", ProactiveDisclosureIT.item("页面检查用文件", "<p>正文</p>").build().toString()).json()
                    .getJsonNumber("id").longValue();
            for (String[] step : new String[][] {{"submit", "editor"}, {"approve", "reviewer"}}) {
                int v = get(items + "/" + own, "editor").json().getInt("version");
                Http.Reply r = post(items + "/" + own + "/" + step[0], step[1], "{\"version\":" + v + "}");
                assertEquals(200, r.status(), step[0] + ": " + r.body());
            }
            // a letter to the county head's mailbox, for its tracking
            JsonObject letter = LetterApiIT.write(LetterApiIT.letter());
            // and one routed to the clerk's department: its page offers the department's steps
            String routed = LetterApiIT.write(LetterApiIT.letter().add("category", "SUGGESTION")).getString("number");
            LetterHandlingIT.act(routed, "route", "office", Json.createObjectBuilder()
                    .add("version", get(LetterHandlingIT.STAFF + "/" + routed, "office").json().getInt("version")).add("department", "SCJGJ"));
            return new Data(c.getString("receiptNumber"), c.getString("queryCode"), matter, item, request, number,
                    applied.getString("queryCode"), complaint.getString("number"), complaint.getString("queryCode"), finding, draft, year,
                    open, own, letter.getString("number"), letter.getString("queryCode"), routed);
        }
    }

    /** Page (path in the webapp) → the addresses to visit, each with the roles that see it. */
    static Map<String, List<Visit>> visits(Data d) {
        String staff = "clerk approver office supervisor editor reviewer clerk2";
        Map<String, List<Visit>> v = new LinkedHashMap<>();
        // the public portal (and the error pages): visitors
        add(v, "index.xhtml", "", ANONYMOUS);
        add(v, "guide/index.xhtml", "?q=" + Http.enc("食品"), ANONYMOUS);
        add(v, "guide/matter.xhtml", "?code=" + d.matter(), ANONYMOUS);
        add(v, "guide/deadline.xhtml", "?from=2026-09-18&days=10&unit=WORKING_DAYS", ANONYMOUS);
        add(v, "guide/apply.xhtml", "?code=" + d.matter(), ANONYMOUS);
        add(v, "guide/document.xhtml", "?rn=" + d.rn() + "&code=" + d.code() + "&doc=ACCEPTANCE", ANONYMOUS);
        // the receipt slip prints where to rate the case (好差评)
        add(v, "guide/document.xhtml", "?rn=" + d.rn() + "&code=" + d.code() + "&doc=RECEIPT", ANONYMOUS);
        add(v, "track.xhtml", "", ANONYMOUS);
        add(v, "track.xhtml", "?rn=" + d.rn() + "&code=" + d.code(), ANONYMOUS);
        add(v, "complaint.xhtml", "", ANONYMOUS);
        add(v, "complaint.xhtml", "?number=" + d.complaint() + "&code=" + d.complaintCode(), ANONYMOUS);
        add(v, "disclosure.xhtml", "", ANONYMOUS);
        add(v, "mailbox.xhtml", "", ANONYMOUS);
        add(v, "answers.xhtml", "", ANONYMOUS);
        add(v, "answers.xhtml", "?q=" + Http.enc("社保卡"), ANONYMOUS);
        add(v, "mailbox.xhtml", "?number=" + d.letter() + "&code=" + d.letterCode(), ANONYMOUS);
        add(v, "disclosure.xhtml", "?number=" + d.requestNumber() + "&code=" + d.requestCode(), ANONYMOUS);
        add(v, "disclosure-letter.xhtml", "?number=" + d.requestNumber() + "&code=" + d.requestCode(), ANONYMOUS);
        add(v, "open.xhtml", "", ANONYMOUS);
        add(v, "open-item.xhtml", "?id=" + d.item(), ANONYMOUS);
        add(v, "open-report.xhtml", "?year=" + d.reportYear() + "&scope=MZJ", ANONYMOUS);
        add(v, "letter-summary.xhtml", "", ANONYMOUS);
        add(v, "login.xhtml", "", ANONYMOUS);
        for (String error : List.of("403", "404", "500", "expired")) add(v, "error/" + error + ".xhtml", "", ANONYMOUS);
        // staff pages, as every role web.xml lets in
        add(v, "admin/index.xhtml", "", staff);
        add(v, "admin/account/password.xhtml", "", staff);
        add(v, "admin/catalog/matters.xhtml", "", staff);
        add(v, "admin/catalog/history.xhtml", "?code=" + d.matter(), staff);
        add(v, "admin/catalog/review.xhtml", "", "office clerk approver");
        add(v, "admin/catalog/edit.xhtml", "", "clerk office");
        if (d.draft() > 0) add(v, "admin/catalog/edit.xhtml", "?id=" + d.draft(), "office");
        add(v, "admin/cases/todo.xhtml", "", "clerk approver clerk2");
        add(v, "admin/cases/queue.xhtml", "", "clerk approver office supervisor clerk2");
        add(v, "admin/cases/case.xhtml", "?rn=" + d.rn(), "clerk approver office supervisor");
        add(v, "admin/cases/document.xhtml", "?rn=" + d.rn() + "&doc=ACCEPTANCE", "clerk office");
        add(v, "admin/cases/receive.xhtml", "", "clerk clerk2");
        add(v, "admin/cases/ratings.xhtml", "", "clerk approver office supervisor clerk2");
        // one rectification only, as a finding about it links to it (a demo rating's)
        add(v, "admin/cases/ratings.xhtml", "?id=" + get("/api/v1/ratings/rectifications?size=1", "supervisor").json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue(), "supervisor");
        add(v, "admin/findings/list.xhtml", "", "clerk approver office supervisor");
        add(v, "admin/findings/finding.xhtml", "?id=" + d.finding(), "clerk office supervisor");
        add(v, "admin/supervision/index.xhtml", "", "supervisor office");
        add(v, "admin/supervision/cases.xhtml", "?measure=OPEN_AT_LEVEL&level=0", "supervisor office");
        add(v, "admin/supervision/complaints.xhtml", "", "supervisor office");
        add(v, "admin/supervision/scores.xhtml", "", "supervisor office");
        add(v, "admin/supervision/attention.xhtml", "", "supervisor office");
        add(v, "admin/supervision/rules.xhtml", "", "supervisor office");
        add(v, "admin/supervision/jobs.xhtml", "", "supervisor office");
        add(v, "admin/office/departments.xhtml", "", "office");
        add(v, "admin/office/users.xhtml", "", "office");
        add(v, "admin/office/apikeys.xhtml", "", "office");
        add(v, "admin/office/calendar.xhtml", "", "office");
        add(v, "admin/office/legacy.xhtml", "", "office");
        add(v, "admin/office/audit.xhtml", "", "office supervisor");
        add(v, "admin/disclosure/requests.xhtml", "", "editor office supervisor");
        add(v, "admin/disclosure/request.xhtml", "?number=" + d.request(), "editor office supervisor");
        add(v, "admin/disclosure/letter.xhtml", "?number=" + d.requestNumber(), "editor office supervisor");
        add(v, "admin/disclosure/items.xhtml", "", "editor reviewer office supervisor");
        add(v, "admin/disclosure/items.xhtml", "?status=SUBMITTED", "reviewer");
        add(v, "admin/disclosure/item.xhtml", "", "editor");
        add(v, "admin/disclosure/item.xhtml", "?id=" + d.item(), "editor reviewer office supervisor");
        add(v, "admin/disclosure/categories.xhtml", "", "editor reviewer office supervisor");
        add(v, "admin/disclosure/report.xhtml", "", "editor office supervisor");
        add(v, "admin/disclosure/publication.xhtml", "", "editor office supervisor");
        add(v, "admin/letters/letters.xhtml", "", "office supervisor clerk approver clerk2");
        add(v, "admin/letters/letters.xhtml", "?status=RECEIVED", "office");
        add(v, "admin/letters/letter.xhtml", "?number=" + d.letter(), "office supervisor");
        add(v, "admin/letters/letter.xhtml", "?number=" + d.routedLetter(), "clerk approver office");
        return v;
    }

    record Visit(String address, Set<String> roles) {}

    private static void add(Map<String, List<Visit>> v, String page, String query, String roles) {
        v.computeIfAbsent(page, p -> new ArrayList<>()).add(new Visit("/" + page + query, Set.of(roles.split(" "))));
    }

    /** The pages of the webapp: every .xhtml outside WEB-INF. */
    static Set<String> pages() {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            Set<String> pages = new TreeSet<>();
            files.filter(f -> f.toString().endsWith(".xhtml")).map(f -> WEBAPP.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.startsWith("WEB-INF/") && !f.startsWith("resources/")).forEach(pages::add);
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyPageOfEveryRoleShowsWordsInBothLanguagesOnAOneRowHeader() throws Exception {
        Data d = Data.make();
        Map<String, List<Visit>> visits = visits(d);
        Set<String> forgotten = new TreeSet<>(pages());
        assertTrue(forgotten.size() > 40, "the webapp's pages are found in " + WEBAPP.toAbsolutePath() + ": " + forgotten);
        forgotten.removeAll(visits.keySet());
        assertEquals(Set.of(), forgotten, "pages of the webapp this test does not visit: add them to visits()");

        try (Browser b = Browser.open()) {
            b.driver.manage().window().setSize(new Dimension(1366, 900));
            try {
                for (String role : ROLES) {
                    for (boolean english : new boolean[] {false, true}) {
                        String as = role + (english ? " (en)" : " (zh)");
                        start(b, role, english);
                        for (Map.Entry<String, List<Visit>> page : visits.entrySet()) {
                            for (Visit visit : page.getValue()) {
                                if (!visit.roles().contains(role)) continue;
                                b.go(visit.address());
                                b.visible(By.cssSelector("footer"));
                                scan(b, as + " " + visit.address(), english);
                                header(b, as + " " + visit.address());
                            }
                        }
                        b.go(ANONYMOUS.equals(role) ? "/index.xhtml" : "/admin/index.xhtml");
                        menus(b, role, as);
                        dialogs(b, role, as, english, d);
                        emptyForms(b, role, as, english);
                        if (!ANONYMOUS.equals(role)) {
                            b.go("/admin/index.xhtml");
                            b.logOut();
                        }
                    }
                }
            } catch (RuntimeException | AssertionError e) {
                b.screenshot("every-page-failure");
                throw e;
            }
        }
        assertEquals(List.of(), problems, problems.size() + " problems:\n" + String.join("\n", problems));
    }

    /** A fresh session of the role in the language (the language link reads English on a Chinese page). */
    private static void start(Browser b, String role, boolean english) {
        b.driver.manage().deleteAllCookies();
        if (ANONYMOUS.equals(role)) {
            b.go("/index.xhtml");
        } else {
            b.logIn(role);
        }
        boolean chinese = b.text(By.id("topForm:lang")).equals("English");
        if (chinese == english) {
            b.click(By.id("topForm:lang"));
            b.wait.until(ExpectedConditions.textToBe(By.id("topForm:lang"), english ? "中文" : "English"));
        }
    }

    /** Each menu opens from the keyboard (focus on its head), and Tab moves into it. */
    private void menus(Browser b, String role, String as) {
        List<WebElement> heads = b.driver.findElements(By.cssSelector(".menu-head"));
        if (ANONYMOUS.equals(role)) {
            if (!heads.isEmpty()) problems.add(as + ": menus for visitors, who get plain links");
            return;
        }
        if (heads.isEmpty()) problems.add(as + ": no menus in the header");
        for (WebElement head : heads) {
            ((JavascriptExecutor) b.driver).executeScript("arguments[0].focus();", head);
            WebElement first = head.findElement(By.xpath("following-sibling::ul//a"));
            if (!first.isDisplayed()) problems.add(as + ": menu " + head.getText() + " does not open on focus");
            head.sendKeys(Keys.TAB);
            Object inside = ((JavascriptExecutor) b.driver).executeScript(
                    "return arguments[0].parentElement.contains(document.activeElement) && document.activeElement.offsetParent !== null;", head);
            if (!Boolean.TRUE.equals(inside)) problems.add(as + ": Tab from menu " + head.getText() + " does not enter it");
        }
        // the navigation reaches what each role works with
        Map<String, List<String>> reaches = Map.of(
                "editor", List.of("navDisclosureRequests", "navDisclosureItems", "navReport", "navPublication"),
                "office", List.of("navApiKeys", "navUsers", "navAudit", "navReport", "navPublication"),
                "reviewer", List.of("navReviewQueue"),
                "supervisor", List.of("navSupervision", "navAudit", "navComplaints"),
                "clerk", List.of("navTodo", "navCards", "navReceive"));
        for (String link : reaches.getOrDefault(role, List.of())) {
            if (b.driver.findElements(By.id(link)).isEmpty()) problems.add(as + ": the header does not reach " + link);
        }
    }

    /** The main dialogs, open. */
    private void dialogs(Browser b, String role, String as, boolean english, Data d) {
        switch (role) {
            case "clerk" -> {
                b.go("/admin/cases/case.xhtml?rn=" + d.rn());
                b.click(By.cssSelector("button.action-end-special-procedure"));
                b.visible(By.id("actionForm:perform"));
                scan(b, as + " end-special-procedure dialog", english);
            }
            case "office" -> {
                b.go("/admin/office/users.xhtml");
                b.click(By.id("users:newUser"));
                b.visible(By.id("userForm:saveUser"));
                scan(b, as + " new user dialog", english);
            }
            case "supervisor" -> {
                b.go("/admin/supervision/rules.xhtml");
                b.click(By.cssSelector("a.edit-PROMISED_OVERDUE"));
                b.visible(By.id("ruleForm:note"));
                scan(b, as + " rule dialog", english);
                // an evaluation run's steps, their states, exit statuses and metrics
                b.go("/admin/supervision/jobs.xhtml");
                b.click(By.cssSelector("a.details-link"));
                b.visible(By.cssSelector("[id='jobs:selected'] h2"));
                scan(b, as + " evaluation run details", english);
            }
            default -> { }
        }
    }

    /**
     * Forms submitted empty show their messages at the fields, in words and in the page's language:
     * no field id, no "field:" prefix, in English no Chinese. Each way a message comes is seen in
     * both languages with its words: Bean Validation on the page (the login), Bean Validation
     * inside a service, worded again from its template for the visitor (a new user), and a
     * service's refusal, a system text (the rule's reason).
     */
    private void emptyForms(Browser b, String role, String as, boolean english) {
        switch (role) {
            case ANONYMOUS -> {
                emptyForm(b, as, "/login.xhtml", By.id("login:submit"), english);
                says(b, as + " /login.xhtml submitted empty", english ? "Please enter your user name" : "请输入用户名");
                emptyForm(b, as, "/complaint.xhtml", By.id("complain:submit"), english);
                says(b, as + " /complaint.xhtml submitted empty", english ? "Please enter the complainant's name" : "请填写投诉人姓名");
                emptyForm(b, as, "/disclosure.xhtml", By.id("apply:submit"), english);
                emptyForm(b, as, "/mailbox.xhtml", By.id("letter:submit"), english);
                says(b, as + " /mailbox.xhtml submitted empty", english ? "Please choose the kind of letter" : "请选择来信类别");
            }
            case "clerk" -> emptyForm(b, as, "/admin/cases/receive.xhtml", By.id("receive:submit"), english);
            case "office" -> {
                b.go("/admin/office/users.xhtml");
                b.click(By.id("users:newUser"));
                b.click(By.id("userForm:saveUser"));
                b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#userForm .ui-message-error, #userForm .ui-messages-error")));
                scan(b, as + " new user saved empty", english);
                says(b, as + " new user saved empty", english ? "Please enter the user name" : "请输入用户名");
            }
            case "supervisor" -> {
                // the service's "note: 请说明修改理由" shows at the field, without "note: "
                b.go("/admin/supervision/rules.xhtml");
                b.click(By.cssSelector("a.edit-PROMISED_OVERDUE"));
                b.visible(By.id("ruleForm:note")).clear();
                b.click(By.id("ruleForm:saveRule"));
                b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ruleForm .ui-messages-error")));
                scan(b, as + " rule saved without a reason", english);
                says(b, as + " rule saved without a reason", english ? "Please state why it is changed" : "请说明修改理由");
            }
            default -> { }
        }
    }

    private void emptyForm(Browser b, String as, String page, By submit, boolean english) {
        b.go(page);
        b.click(submit);
        b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-message-error, .ui-messages-error, .ui-growl-item")));
        scan(b, as + " " + page + " submitted empty", english);
    }

    /** The page's messages say this. */
    private void says(Browser b, String where, String words) {
        String messages = String.join(" | ", b.driver.findElements(By.cssSelector(".ui-message-error, .ui-messages-error, .ui-growl-item"))
                .stream().map(WebElement::getText).toList());
        if (!messages.contains(words)) problems.add(where + ": the messages do not say \"" + words + "\": " + messages);
    }

    @SuppressWarnings("unchecked")
    private void scan(Browser b, String where, boolean english) {
        List<String> found = (List<String>) ((JavascriptExecutor) b.driver).executeScript(CODES, english);
        found.stream().limit(12).forEach(f -> problems.add(where + ": " + f));
    }

    @SuppressWarnings("unchecked")
    private void header(Browser b, String where) {
        List<String> found = (List<String>) ((JavascriptExecutor) b.driver).executeScript(HEADER);
        found.forEach(f -> problems.add(where + ": " + f));
    }

    /**
     * axe-core (the npm package, injected) over every public page and every staff home page, the
     * legacy import, a request in progress and a published item (forms with their labels), and a
     * page showing PrimeFaces' list of messages (a form submitted empty): no violation of a WCAG
     * 2.0/2.1 A or AA rule. .ci/run installs it; elsewhere
     * {@code npm install --prefix .ci axe-core@4.11.1} (without it this test is skipped, except in CI).
     */
    @Test
    void publicPagesAndStaffHomePagesPassAxe() throws Exception {
        if (!Files.isReadable(AXE)) {
            if (Boolean.getBoolean("browser.required")) throw new AssertionError("axe-core not found at " + AXE.toAbsolutePath());
            Assumptions.abort("axe-core not installed: npm install --prefix .ci axe-core@4.11.1");
        }
        String axe = Files.readString(AXE);
        Data d = Data.make();
        Map<String, List<String>> pages = new LinkedHashMap<>();
        List<String> open = new ArrayList<>();
        visits(d).values().forEach(list -> list.stream().filter(v -> v.roles().contains(ANONYMOUS)).forEach(v -> open.add(v.address())));
        pages.put(ANONYMOUS, open);
        for (String role : ROLES) {
            if (ANONYMOUS.equals(role)) continue;
            List<String> homes = new ArrayList<>(List.of("/admin/index.xhtml"));
            if (role.startsWith("clerk") || role.equals("approver")) homes.add("/admin/cases/todo.xhtml");
            if (role.equals("supervisor")) homes.add("/admin/supervision/index.xhtml");
            if (role.equals("office")) homes.add("/admin/office/legacy.xhtml");
            if (role.equals("editor")) {
                homes.add("/admin/disclosure/request.xhtml?number=" + d.openRequest());
                homes.add("/admin/disclosure/item.xhtml?id=" + d.ownItem());
            }
            pages.put(role, homes);
        }
        try (Browser b = Browser.open()) {
            b.driver.manage().window().setSize(new Dimension(1366, 900));
            b.driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
            for (Map.Entry<String, List<String>> e : pages.entrySet()) {
                start(b, e.getKey(), false);
                for (String page : e.getValue()) {
                    b.go(page);
                    b.visible(By.cssSelector("footer"));
                    axe(b, axe, e.getKey() + " " + page);
                }
                if (!ANONYMOUS.equals(e.getKey())) b.logOut();
            }
            // the forms the check is for are there, and PrimeFaces' list of messages is checked showing
            start(b, "editor", false);
            b.go("/admin/disclosure/request.xhtml?number=" + d.openRequest());
            b.visible(By.id("request:party"));
            b.go("/admin/disclosure/item.xhtml?id=" + d.ownItem());
            b.visible(By.id("item:repealOn_input"));
            b.logOut();
            start(b, ANONYMOUS, false);
            b.go("/complaint.xhtml");
            b.click(By.id("complain:submit"));
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-messages-error, .ui-message-error")));
            axe(b, axe, "anonymous /complaint.xhtml submitted empty");
        }
        assertEquals(List.of(), problems, problems.size() + " WCAG A/AA violations:\n" + String.join("\n", problems));
    }

    @SuppressWarnings("unchecked")
    private void axe(Browser b, String axe, String where) {
        JavascriptExecutor js = (JavascriptExecutor) b.driver;
        // jQuery's fades (a growl appearing) finished first: axe measures colours as they end up
        js.executeScript("if (window.jQuery) jQuery(':animated').finish();");
        js.executeScript(axe);
        List<String> found = (List<String>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(r => done(r.violations.flatMap(v => v.nodes.map(n => v.id + ' at ' + n.target.join(' ') + ': '
                      + n.failureSummary.replace(/\\s+/g, ' ') + ' (' + v.helpUrl + ')'))))
                  .catch(e => done(['axe failed: ' + e]));""");
        found.forEach(f -> problems.add(where + ": " + f));
    }

    /**
     * PrimeFaces' CSP mode: every page answers with {@code script-src 'self' 'nonce-…'} (a new nonce
     * each time), its own scripts carry the nonce and work (the language switch and a dialog are
     * AJAX), and a script or event handler injected into the page does not run: the browser
     * reports a violation of script-src instead.
     */
    @Test
    void noInjectedScriptOrHandlerRuns() throws Exception {
        Data d = Data.make();
        List<String> addresses = new ArrayList<>();
        visits(d).values().forEach(list -> list.stream().filter(v -> v.roles().contains(ANONYMOUS)).forEach(v -> addresses.add(v.address())));
        String nonce = null;
        for (String address : addresses) {
            Http.Reply r = Http.getAccepting(address, null, "text/html");
            String csp = String.join("; ", r.raw().headers().allValues("Content-Security-Policy"));
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("script-src 'self' 'nonce-([^']+)'").matcher(csp);
            assertTrue(m.find(), address + " has no nonce script-src: " + csp);
            assertTrue(!m.group(1).equals(nonce), address + ": the nonce is new on every response");
            assertTrue(!csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), address + ": " + csp);
            nonce = m.group(1);
            assertTrue(r.body().contains("nonce=\"" + nonce + "\""), address + ": its scripts carry the nonce");
            assertTrue(!java.util.regex.Pattern.compile("<[^>]+\\son(click|change|load|submit|keyup|keydown)=\"", java.util.regex.Pattern.CASE_INSENSITIVE)
                    .matcher(r.body()).find(), address + ": an inline event handler in the page");
        }
        try (Browser b = Browser.open()) {
            for (String[] at : new String[][] {{ANONYMOUS, "/track.xhtml?rn=" + d.rn() + "&code=" + d.code()}, {"clerk", "/admin/cases/case.xhtml?rn=" + d.rn()}}) {
                start(b, at[0], false);
                b.go(at[1]);
                b.visible(By.cssSelector("footer"));
                JavascriptExecutor js = (JavascriptExecutor) b.driver;
                Object injected = js.executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        const violations = [];
                        document.addEventListener('securitypolicyviolation', e => violations.push(e.violatedDirective));
                        const s = document.createElement('script');
                        s.textContent = 'window.injectedScriptRan = true;';
                        document.body.appendChild(s);
                        const div = document.createElement('div');
                        div.innerHTML = '<img src="data:," onload="window.injectedHandlerRan = true" onerror="window.injectedHandlerRan = true">';
                        document.body.appendChild(div);
                        setTimeout(() => done({script: window.injectedScriptRan === true, handler: window.injectedHandlerRan === true,
                            violations: violations, primefaces: typeof PrimeFaces !== 'undefined'}), 1000);""");
                @SuppressWarnings("unchecked")
                Map<String, Object> result = (Map<String, Object>) injected;
                assertEquals(false, result.get("script"), at[1] + ": an injected script ran");
                assertEquals(false, result.get("handler"), at[1] + ": an injected event handler ran");
                assertTrue(result.get("violations").toString().contains("script-src"), at[1] + ": no CSP violation reported: " + result);
                assertEquals(true, result.get("primefaces"), at[1] + ": the page's own scripts run");
                if (!ANONYMOUS.equals(at[0])) {
                    // the page's own handlers still work: a dialog opens by AJAX, the language switches
                    b.click(By.cssSelector("button.action-end-special-procedure"));
                    b.visible(By.id("actionForm:perform"));
                    b.go("/admin/index.xhtml");
                    b.click(By.id("topForm:lang"));
                    b.wait.until(ExpectedConditions.textToBe(By.id("topForm:lang"), "中文"));
                    b.logOut();
                }
            }
        }
    }
}
