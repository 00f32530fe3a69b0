package org.yangguang.interaction.letter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yangguang.approval.ReceiptNumbers;
import org.yangguang.calendar.DeadlineCalculator;
import org.yangguang.calendar.TimeLimit;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.organization.Department;

/**
 * Demo letters: a year of them over the demo departments, written to the county head's mailbox or
 * the department's, each category as a county gets them; most routed and answered (some after
 * their deadline, some transferred or extended on the way; most of those whose writers consented
 * published), a 举报 handled by the office itself,
 * and the newest few still waiting to be routed or answered, so the office's inbox, the
 * departments' lists and the statistics have something on first start.
 */
@ApplicationScoped
public class LetterSeeder {
    /** What a letter is about, and the department that handles it. */
    private record Topic(LetterCategory category, String department, String subject, String text, String answer) {}

    private static final Topic[] TOPICS = {
        new Topic(LetterCategory.CONSULTATION, "RSJ", "老年人办理社保卡需要哪些材料",
                "我父亲今年七十岁，想办理第三代社保卡，请问需要带哪些材料？子女可以代办吗？",
                "可由子女持老人身份证原件和代办人身份证到县政务服务中心人社窗口代办，当场制卡。"),
        new Topic(LetterCategory.CONSULTATION, "SCJGJ", "个体工商户营业执照能否网上办理",
                "想在城关街道开一家小吃店，请问个体工商户营业执照可以网上申请吗？需要多久？",
                "可通过浙江政务服务网全程网上办理，材料齐全的即时办结，营业执照可邮寄送达。"),
        new Topic(LetterCategory.CONSULTATION, "JYJ", "外地户籍子女如何在城区入学",
                "我们夫妻在阳光县务工三年，孩子明年上小学，请问外地户籍如何申请城区学校？",
                "请于每年五月登录县教育局招生平台按积分入学办法申请，所需材料见招生公告。"),
        new Topic(LetterCategory.SUGGESTION, "JTJ", "建议增开城南至高铁站的公交线路",
                "城南新区居民越来越多，去高铁站只能打车，建议增开一条直达公交。",
                "感谢建议。我局已将城南至高铁站线路列入明年公交线网优化方案，届时将公开征求意见。"),
        new Topic(LetterCategory.SUGGESTION, "ZJJ", "建议在老旧小区加装电梯",
                "阳光花园小区多为六层住宅，老人上下楼困难，建议政府补助加装电梯。",
                "我县已出台既有住宅加装电梯补助办法，每台补助十五万元，可由业主委员会向街道申请。"),
        new Topic(LetterCategory.COMPLAINT, "SCJGJ", "超市销售过期食品",
                "本月在城东某超市购买的牛奶已过保质期，与超市交涉未果。",
                "经现场检查，该超市确有销售过期食品行为，已立案查处，并责令其向消费者退赔。"),
        new Topic(LetterCategory.COMPLAINT, "ZHZF", "夜间施工噪音扰民",
                "城北某工地连续多晚施工到凌晨，严重影响周边居民休息。",
                "经核查，该工地未办理夜间施工许可，已责令停止夜间施工并依法处罚。"),
        new Topic(LetterCategory.REPORT, null, "举报窗口工作人员索要好处费",
                "办理某项审批时，窗口工作人员暗示需要另外付费才能加快办理。",
                "已移交县纪委监委调查处理，处理结果将依规反馈。"),
        new Topic(LetterCategory.OTHER, "WGLTJ", "图书馆周末开放时间",
                "县图书馆周末几点开门？能否延长晚上开放时间？",
                "县图书馆周末开放时间为9:00至20:00，暑期将延长至21:00。"),
    };
    private static final String[] NAMES = {"张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄强"};

    @PersistenceContext
    EntityManager em;

    @Inject
    ReceiptNumbers numbers;

    private final Random random = new Random(20261207L);

    /** Writes up to {@code count} letters received during the {@code days} before {@code today}; returns how many. */
    public int seed(List<Department> departments, int count, int days, LocalDate today, WorkingCalendar calendar,
            LetterLimits limits) {
        Map<String, Department> byCode = departments.stream().collect(Collectors.toMap(Department::getCode, Function.identity()));
        int written = 0;
        // a question asked again is answered again but published once: the public list of answers
        // would otherwise repeat the demo's few questions dozens of times
        java.util.Set<String> published = new java.util.HashSet<>();
        for (int i = 0; i < count; i++) {
            int recent = count - 1 - i; // the newest few are still open
            LocalDate received = recent < 4 ? today.minusDays(recent) : today.minusDays(5 + random.nextInt(days));
            while (!calendar.isWorkingDay(received)) received = received.minusDays(1);
            Topic topic = TOPICS[random.nextInt(TOPICS.length)];
            Department handler = topic.department() == null ? null : byCode.get(topic.department());
            if (topic.department() != null && handler == null) continue; // not a demo department
            NewLetter form = new NewLetter();
            boolean toCountyHead = handler == null || random.nextBoolean();
            form.setMailbox(toCountyHead ? Letter.COUNTY_HEAD : handler.getCode());
            form.setCategory(topic.category());
            form.setSubject(topic.subject());
            form.setText(topic.text());
            form.setName(NAMES[random.nextInt(NAMES.length)]);
            form.setPhone("139" + (10000000 + random.nextInt(89999999)));
            form.setConsentToPublish(topic.category() != LetterCategory.REPORT && random.nextInt(3) > 0);
            Letter l = new Letter(numbers.next(LetterService.NUMBER_KIND, received), ReceiptNumbers.queryCode(),
                    toCountyHead ? null : handler.getId(), form,
                    received.atTime(8 + random.nextInt(10), random.nextInt(60)).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
                    received, limits.answerDue(calendar, received, topic.category()));
            em.persist(l);
            written++;
            if (recent < 2) continue; // waiting in the office's inbox
            LocalDate routed = after(calendar, received, 1);
            if (routed.isAfter(today)) continue;
            l.route(handler == null ? null : handler.getId(), routed, "office");
            if (recent < 4) continue; // with its handler
            String by = handler == null ? "office" : "clerk";
            if (i % 11 == 3 && handler != null) {
                Department other = departments.get(random.nextInt(departments.size()));
                if (!other.equals(handler)) l.transfer(other.getId(), "属" + other.getName() + "职责", routed, by);
            }
            if (i % 7 == 2) l.extend(limits.extension(), limits.extendedDue(calendar, l.getAnswerDue()), "需现场核实", routed, by);
            // most on time, about one in eight a few working days late
            int took = i % 8 == 5 ? limits.days(topic.category()) + 1 + random.nextInt(4) : 1 + random.nextInt(limits.days(topic.category()));
            LocalDate answered = after(calendar, received, took);
            if (answered.isAfter(today)) continue;
            l.answer(topic.answer(), answered, by);
            // most answers whose writers consented are published after the office's review
            LocalDate reviewed = after(calendar, answered, 1);
            if (l.isConsentToPublish() && i % 4 != 0 && !reviewed.isAfter(today) && l.getCategory() != LetterCategory.REPORT
                    && published.add(topic.subject())) {
                l.publish(l.withoutPersonalData(l.getText()), l.withoutPersonalData(l.getAnswer()), reviewed, "office");
            }
        }
        return written;
    }

    private static LocalDate after(WorkingCalendar calendar, LocalDate from, int workingDays) {
        return DeadlineCalculator.deadline(calendar, from, TimeLimit.workingDays(workingDays), List.of()).date();
    }
}
