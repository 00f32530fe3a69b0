package org.yangguang.web.calendar;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.yangguang.calendar.CalendarService;
import org.yangguang.calendar.DayUnit;
import org.yangguang.calendar.Deadline;
import org.yangguang.calendar.TimeLimit;

/** The public deadline calculator (GET parameters, so a result can be bookmarked or shared). */
@Named
@RequestScoped
public class DeadlineCalculatorBean {

    @Inject
    CalendarService calendar;

    private String from;
    private String days;
    private String unit = DayUnit.WORKING_DAYS.name();
    private Deadline result;
    private String error;

    public void calculate() {
        if (from == null || from.isBlank() || days == null || days.isBlank()) return;
        try {
            LocalDate start = LocalDate.parse(from.trim());
            int n = Integer.parseInt(days.trim());
            if (n < 0 || n > TimeLimit.MAX_VALUE) {
                error = "天数须在0到" + TimeLimit.MAX_VALUE + "之间";
                return;
            }
            if (start.getYear() < CalendarService.FIRST_YEAR || start.getYear() > CalendarService.LAST_YEAR) {
                error = "年份超出范围";
                return;
            }
            result = calendar.deadline(start, new TimeLimit(n, DayUnit.valueOf(unit)));
        } catch (DateTimeParseException e) {
            error = "日期格式应为 yyyy-MM-dd";
        } catch (IllegalArgumentException e) {
            error = "请输入有效的天数和单位";
        }
    }

    public DayUnit[] getUnits() { return DayUnit.values(); }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getDays() { return days; }
    public void setDays(String days) { this.days = days; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public Deadline getResult() { return result; }
    public String getError() { return error; }
}
