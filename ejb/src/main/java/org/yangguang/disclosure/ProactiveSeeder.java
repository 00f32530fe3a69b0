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
 */
@ApplicationScoped
public class ProactiveSeeder {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The newest items, left awaiting the confidentiality review so the reviewer's queue has work. */
    private static final int RECENT = 3;
    private static final String[][] TOPICS = {
        {"JGZN", "{d}机构职能及内设机构", null},
        {"GFXWJ", "关于进一步规范{d}行政执法工作的通知", "阳政办发〔{y}〕{n}号"},
        {"GFXWJ", "阳光县{y}年度优化营商环境若干措施", "阳政发〔{y}〕{n}号"},
        {"GZ", "阳光县城市市容和环境卫生管理办法", "阳光县人民政府令第{n}号"},
        {"FZGH", "阳光县{y}年国民经济和社会发展计划", null},
        {"TJXX", "{y}年{m}月主要经济指标", null},
        {"XZXK", "{d}行政许可事项办理结果公示（{y}年{m}月）", null},
        {"XZCF", "{d}行政处罚决定书", "阳{d0}罚决字〔{y}〕{n}号"},
        {"XZQZ", "{d}查封扣押决定书", "阳{d0}强决字〔{y}〕{n}号"},
        {"XZSF", "{d}行政事业性收费项目及标准", null},
        {"CZYJS", "{d}{y}年部门预算", null},
        {"ZFCG", "{d}办公设备采购项目中标公告", null},
        {"ZDJS", "阳光县城南污水处理厂二期工程批准情况", null},
        {"MSGY", "{y}年城乡居民最低生活保障标准调整", null},
        {"HBJC", "{y}年第{q}季度食品安全监督抽检结果", null},
        {"RSXX", "{d}{y}年公开招聘工作人员公告", null},
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
        DisclosureItem lastNormative = null;
        for (int i = 0; i < count; i++) {
            String[] topic = TOPICS[i % TOPICS.length];
            DisclosureCategory category = categories.stream().filter(c -> c.getCode().equals(topic[0])).findFirst().orElseThrow();
            Department d = agencies.get(random.nextInt(agencies.size()));
            int recent = count - 1 - i; // the last few were made this week and await the reviewer
            LocalDate formed = recent < RECENT ? today.minusDays(3 + recent) : today.minusDays(random.nextInt(days));
            while (!calendar.isWorkingDay(formed)) formed = formed.minusDays(1);
            ItemForm form = new ItemForm();
            form.setTitle(fill(topic[1], d, formed, i));
            form.setDocumentNumber(topic[2] == null ? null : fill(topic[2], d, formed, i));
            form.setFormedOn(formed);
            form.setBody(fill(BODY.replace("{t}", form.getTitle()), d, formed, i));
            boolean amends = "GFXWJ".equals(topic[0]) && lastNormative != null && i % 5 == 1
                    && lastNormative.getFormedOn().isBefore(formed);
            if (amends) form.setSupersedesId(lastNormative.getId());
            DisclosureItem item = new DisclosureItem(category, d.getId(), ItemContent.of(form), "editor", at(formed, 9), calendar);
            em.persist(item);
            if (recent < RECENT) item.submit("editor", at(formed, 15));
            else history(item, formed, today, calendar, i, amends ? lastNormative : null);
            if ("GFXWJ".equals(topic[0]) && item.isPublic()) lastNormative = item;
        }
        return count;
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
        item.approve("reviewer", at(reviewed, 16), reviewed);
        if (older != null) older.amendedBy(item.getId(), reviewed);
        if (i % 31 == 13) {
            item.withdraw("editor", "发现附件中含有个人信息，撤回后重新处理", at(reviewed.plusDays(3), 11));
        } else if (i % 7 == 2 && ("GFXWJ".equals(item.getCategory().getCode()) || "GZ".equals(item.getCategory().getCode()))) {
            LocalDate repealed = reviewed.plusDays(100 + random.nextInt(200));
            if (!repealed.isAfter(today)) item.repeal(repealed);
        }
    }

    private static String fill(String template, Department d, LocalDate day, int i) {
        return template.replace("{d}", d.getName()).replace("{d0}", d.getName().substring(Math.min(3, d.getName().length() - 1),
                Math.min(4, d.getName().length()))).replace("{y}", String.valueOf(day.getYear()))
                .replace("{m}", String.valueOf(day.getMonthValue())).replace("{q}", String.valueOf((day.getMonthValue() + 2) / 3))
                .replace("{n}", String.valueOf(1 + i));
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(ZONE).toInstant();
    }

    private static LocalDate after(WorkingCalendar calendar, LocalDate from, int workingDays) {
        return DeadlineCalculator.deadline(calendar, from, TimeLimit.workingDays(workingDays), List.of()).date();
    }
}
