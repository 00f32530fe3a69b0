package org.yangguang.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.yangguang.calendar.DeadlineCalculator;
import org.yangguang.calendar.TimeLimit;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.organization.Department;

/**
 * Demo proactive-disclosure items over the last year and a half: most drafted by the editor and
 * published after the reviewer's confidentiality review (a few late), some normative documents
 * repealed or amended by a newer version, one withdrawn, and a few still in the workflow (draft,
 * awaiting review, returned), so the workspace, the portal and table 二 have something to show.
 *
 * <p>They read as a county's would: each is issued by the agency that makes such a document (the
 * food-sampling results by 市场监管局, the economic plan by 发展和改革局, the government's
 * normative documents by its office), and a report on a period is made after the period: the
 * month's indicators in the next month, a quarter's sampling results in the next quarter, a year's
 * plan and budgets early in that year. The government's own issuers are added to the demo county
 * if it lacks them.
 */
@ApplicationScoped
public class ProactiveSeeder {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The newest items, left awaiting the confidentiality review so the reviewer's queue has work. */
    private static final int RECENT = 3;

    /** When a document is made, relative to what it reports on. */
    private enum Period {
        /** Any day; {y} is the year it is made. */
        ANY,
        /** The previous month's figures ({y}年{m}月), made in the following month. */
        PREVIOUS_MONTH,
        /** The previous quarter's results ({y}年第{q}季度), made 5 to 35 days after it ended. */
        PREVIOUS_QUARTER,
        /** A year's plan or budget, made between mid-January and the end of March of that year. */
        EARLY_IN_YEAR
    }

    /** An agency the county government's own documents come from, added to the demo if missing. */
    private record Issuer(String code, String name, String shortName) {}

    private static final Issuer GOVERNMENT_OFFICE = new Issuer("XZFB", "阳光县人民政府办公室", "阳政办");
    private static final Issuer DEVELOPMENT = new Issuer("FGJ", "阳光县发展和改革局", "阳发改");
    private static final Issuer STATISTICS = new Issuer("TJJ", "阳光县统计局", "阳统");

    /** A kind of document: its catalog heading, title and number templates, who issues it, and when. */
    private record Topic(String category, String title, String number, Period period, String... issuers) {}

    private static final String[] ENFORCEMENT = {"SCJGJ", "ZHZF", "STHJ", "YJGLJ", "WJJ", "NYNCJ", "JTJ"};
    private static final String[] LICENSING = {"SCJGJ", "ZRZYJ", "ZJJ", "WJJ", "JTJ", "NYNCJ", "WGLTJ", "SLJ"};
    private static final Topic[] TOPICS = {
        new Topic("JGZN", "{d}机构职能及内设机构", null, Period.ANY),
        new Topic("GFXWJ", "关于进一步规范涉企行政执法检查的通知", "阳政办发〔{y}〕{n}号", Period.ANY, "XZFB"),
        new Topic("GFXWJ", "阳光县{y}年度优化营商环境若干措施", "阳政发〔{y}〕{n}号", Period.EARLY_IN_YEAR, "XZFB"),
        new Topic("GZ", "阳光县城市市容和环境卫生管理办法", "阳光县人民政府令第{n}号", Period.ANY, "XZFB"),
        new Topic("FZGH", "阳光县{y}年国民经济和社会发展计划", null, Period.EARLY_IN_YEAR, "FGJ"),
        new Topic("TJXX", "{y}年{m}月主要经济指标", null, Period.PREVIOUS_MONTH, "TJJ"),
        new Topic("XZXK", "{d}行政许可事项办理结果公示（{y}年{m}月）", null, Period.PREVIOUS_MONTH, LICENSING),
        new Topic("XZCF", "{d}行政处罚决定书", "{s}罚决字〔{y}〕{n}号", Period.ANY, ENFORCEMENT),
        new Topic("XZQZ", "{d}查封扣押决定书", "{s}强决字〔{y}〕{n}号", Period.ANY, "SCJGJ", "ZHZF", "STHJ", "YJGLJ"),
        new Topic("XZSF", "{d}行政事业性收费项目及标准", null, Period.ANY, "ZRZYJ", "ZJJ", "GAJ", "JTJ", "SCJGJ"),
        new Topic("CZYJS", "{d}{y}年部门预算", null, Period.EARLY_IN_YEAR),
        new Topic("ZFCG", "{d}办公设备采购项目中标公告", null, Period.ANY),
        new Topic("ZDJS", "阳光县城南污水处理厂二期工程批准情况", null, Period.ANY, "FGJ"),
        new Topic("MSGY", "{y}年城乡居民最低生活保障标准调整", null, Period.ANY, "MZJ"),
        new Topic("HBJC", "{y}年第{q}季度食品安全监督抽检结果", null, Period.PREVIOUS_QUARTER, "SCJGJ"),
        new Topic("RSXX", "阳光县{y}年事业单位公开招聘工作人员公告", null, Period.ANY, "RSJ"),
    };
    private static final String BODY = "<p>根据《中华人民共和国政府信息公开条例》，现将{t}公开如下。</p>"
            + "<p>一、基本情况。{d}按照有关规定开展相关工作，相关事项已按程序办理完毕。</p>"
            + "<ul><li>依据：有关法律、法规和规章</li><li>范围：阳光县行政区域</li></ul>"
            + "<p>如有疑问，请在工作日与{d}联系。</p>";

    @PersistenceContext
    EntityManager em;

    private final Random random = new Random(20261202L);

    /** Creates {@code count} items of these agencies, formed during the {@code days} before {@code today}. */
    public int seed(List<Department> agencies, int count, int days, LocalDate today, WorkingCalendar calendar) {
        List<DisclosureCategory> categories = em.createQuery("select c from DisclosureCategory c", DisclosureCategory.class)
                .getResultList();
        List<Department> all = new java.util.ArrayList<>(agencies);
        for (Issuer issuer : List.of(GOVERNMENT_OFFICE, DEVELOPMENT, STATISTICS)) all.add(issuer(issuer, all));
        // the last published normative document of each kind: a newer one of the same kind may amend it
        java.util.Map<Topic, DisclosureItem> lastNormative = new java.util.HashMap<>();
        for (int i = 0; i < count; i++) {
            Topic topic = TOPICS[i % TOPICS.length];
            DisclosureCategory category = categories.stream().filter(c -> c.getCode().equals(topic.category())).findFirst().orElseThrow();
            Department d = issuedBy(topic, agencies, all);
            int recent = count - 1 - i; // the last few were made this week and await the reviewer
            LocalDate formed = recent < RECENT ? today.minusDays(3 + recent)
                    : when(topic.period(), today.minusDays(random.nextInt(days)), today, calendar);
            while (!calendar.isWorkingDay(formed)) formed = formed.minusDays(1);
            ItemForm form = new ItemForm();
            form.setTitle(fill(topic.title(), d, topic.period(), formed, i));
            form.setDocumentNumber(topic.number() == null ? null : fill(topic.number(), d, Period.ANY, formed, i));
            form.setFormedOn(formed);
            form.setBody(fill(BODY.replace("{t}", form.getTitle()), d, topic.period(), formed, i));
            DisclosureItem older = lastNormative.get(topic);
            boolean amends = "GFXWJ".equals(topic.category()) && older != null && i % 5 == 1 && older.getFormedOn().isBefore(formed);
            if (amends) form.setSupersedesId(older.getId());
            DisclosureItem item = new DisclosureItem(category, d.getId(), ItemContent.of(form), "editor", at(formed, 9), calendar);
            em.persist(item);
            if (recent < RECENT) item.submit("editor", at(formed, 15));
            else history(item, formed, today, calendar, i, amends ? older : null);
            if ("GFXWJ".equals(topic.category()) && item.isPublic()) lastNormative.put(topic, item);
        }
        return count;
    }

    /** The government's own issuer, created with the demo county's other agencies if it is not there. */
    private Department issuer(Issuer issuer, List<Department> known) {
        return known.stream().filter(d -> d.getCode().equals(issuer.code())).findFirst().orElseGet(() -> {
            Department d = new Department(issuer.code(), issuer.name());
            d.describe(issuer.name(), "阳光县城关街道阳光大道1号县行政中心", null, "工作日 上午8:30-12:00 下午14:30-17:30");
            d.abbreviate(issuer.shortName());
            em.persist(d);
            return d;
        });
    }

    /** The agency that issues this kind of document: one of the topic's, else any of the county's departments. */
    private Department issuedBy(Topic topic, List<Department> departments, List<Department> all) {
        List<Department> issuers = all.stream().filter(d -> java.util.Arrays.asList(topic.issuers()).contains(d.getCode())).toList();
        List<Department> from = issuers.isEmpty() ? departments : issuers;
        return from.get(random.nextInt(from.size()));
    }

    /** A working day the document would be made on, near {@code day} and not after today. */
    private LocalDate when(Period period, LocalDate day, LocalDate today, WorkingCalendar calendar) {
        return switch (period) {
            case ANY, PREVIOUS_MONTH -> day;
            case PREVIOUS_QUARTER -> {
                // 5 to 35 days into the quarter, on a working day (forward: never back into the quarter reported on)
                LocalDate quarterStart = day.withMonth((day.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
                int offset = 5 + random.nextInt(31);
                LocalDate made = workingDayFrom(quarterStart.plusDays(offset), calendar);
                yield made.isAfter(today) ? workingDayFrom(quarterStart.minusMonths(3).plusDays(offset), calendar) : made;
            }
            case EARLY_IN_YEAR -> {
                LocalDate made = LocalDate.of(day.getYear(), 1, 15).plusDays(random.nextInt(75));
                yield made.isAfter(today) ? made.minusYears(1) : made;
            }
        };
    }

    private static LocalDate workingDayFrom(LocalDate day, WorkingCalendar calendar) {
        LocalDate d = day;
        while (!calendar.isWorkingDay(d)) d = d.plusDays(1);
        return d;
    }

    private void history(DisclosureItem item, LocalDate formed, LocalDate today, WorkingCalendar calendar, int i,
            DisclosureItem older) {
        if (i % 23 == 7 && formed.isAfter(today.minusDays(30))) return; // a draft
        LocalDate submitted = after(calendar, formed, 1 + random.nextInt(i % 19 == 3 ? 25 : 12));
        if (submitted.isAfter(today)) return;
        item.submit("editor", at(submitted, 10));
        if (i % 11 == 6 && formed.isAfter(today.minusDays(45))) return; // awaiting the reviewer
        if (i % 29 == 11) { // returned with a reason, not yet resubmitted
            item.returnForChanges("reviewer", "文中含有当事人的身份证号码，请删除后重新提交", at(submitted, 15));
            return;
        }
        LocalDate reviewed = after(calendar, submitted, 1 + random.nextInt(3));
        if (reviewed.isAfter(today)) return; // awaiting review
        item.approve("reviewer", i % 4 == 0 ? "已核对，不涉及国家秘密、工作秘密和个人隐私，同意公开" : null, at(reviewed, 16), reviewed);
        if (older != null) older.amendedBy(item.getId(), reviewed);
        if (i % 31 == 13) {
            item.withdraw("editor", "发现附件中含有个人信息，撤回后重新处理", at(reviewed.plusDays(3), 11));
        } else if (i % 7 == 2 && ("GFXWJ".equals(item.getCategory().getCode()) || "GZ".equals(item.getCategory().getCode()))) {
            LocalDate repealed = reviewed.plusDays(100 + random.nextInt(200));
            if (!repealed.isAfter(today)) item.repeal(repealed);
        }
    }

    /** The template with the issuer ({d}, short name {s}), the period the document is about ({y}, {m}, {q}) and a number. */
    private static String fill(String template, Department d, Period period, LocalDate formed, int i) {
        LocalDate about = switch (period) {
            case PREVIOUS_MONTH -> formed.minusMonths(1);
            case PREVIOUS_QUARTER -> formed.minusMonths(3);
            case ANY, EARLY_IN_YEAR -> formed;
        };
        String shortName = d.getShortName() == null ? d.getName() : d.getShortName();
        return template.replace("{d}", d.getName()).replace("{s}", shortName).replace("{y}", String.valueOf(about.getYear()))
                .replace("{m}", String.valueOf(about.getMonthValue())).replace("{q}", String.valueOf((about.getMonthValue() + 2) / 3))
                .replace("{n}", String.valueOf(1 + i));
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(ZONE).toInstant();
    }

    private static LocalDate after(WorkingCalendar calendar, LocalDate from, int workingDays) {
        return DeadlineCalculator.deadline(calendar, from, TimeLimit.workingDays(workingDays), List.of()).date();
    }
}
