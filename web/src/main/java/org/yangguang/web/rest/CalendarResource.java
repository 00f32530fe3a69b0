package org.yangguang.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yangguang.batch.calendar.CalendarJobs;
import org.yangguang.calendar.CalendarRecompute;
import org.yangguang.calendar.CalendarService;
import org.yangguang.calendar.DayUnit;
import org.yangguang.calendar.Deadline;
import org.yangguang.calendar.DeadlineMove;
import org.yangguang.calendar.TimeLimit;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.InvalidInputException.Problem;
import org.yangguang.shared.SystemText;

/** The working-day calendar and the public deadline calculator. */
@Path("/v1/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "工作日日历", description = "节假日安排、期限计算器（公开）；导入（政务公开办）")
public class CalendarResource {

    @Inject
    CalendarService calendar;

    @Inject
    CalendarJobs jobs;

    @Context
    UriInfo uri;

    public record Day(String date, String kind, String name) {}

    public record Year(int year, Long calendarVersion, String source, List<Day> exceptions, List<String> warnings) {}

    public record Skipped(String date, String reason) {}

    public record DeadlineView(String from, int days, String unit, String deadline, long calendarVersion,
            List<Skipped> skipped, int weekendDaysSkipped, List<String> warnings) {}

    @GET
    @Path("/{year}")
    @Operation(summary = "某年的节假日和调休上班日")
    public Year year(@Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("year") String yearText) {
        int year = parseYear(yearText);
        var v = calendar.year(year);
        return new Year(year, v.version(), v.source(),
                v.days().stream().map(d -> new Day(d.date().toString(), d.kind().name(), d.name())).toList(),
                v.warning() == null ? List.of() : List.of(v.warning()));
    }

    /** A saved calendar version (or a preview) and the job that recomputes the open deadlines. */
    public record Recompute(long recomputeId, boolean preview, int year, Long calendarVersion, long executionId,
            String status, long openCases, long checked, int moves, int percent, String requestedBy) {
        static Recompute of(CalendarRecompute r) {
            return new Recompute(r.getId(), r.isPreview(), r.getYear(), r.getCalendarNumber(),
                    r.getExecutionId() == null ? 0 : r.getExecutionId(), r.isRunning() ? "RUNNING" : r.getOutcome(),
                    r.getOpenCases(), r.getChecked(), r.getMoves(), r.getPercent(), r.getRequestedBy());
        }
    }

    @PUT
    @Path("/{year}")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @SecurityRequirement(name = OpenApiDocument.BASIC)
    @Operation(summary = "导入某年的节假日安排（CSV：date,kind,name），任何一行有误则不保存；"
            + "202：已保存为新版本，未办结期限由作业 deadline-recompute 重算（进度见 Location）")
    public Response put(@Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("year") String yearText, @QueryParam("source") String source, String csv) {
        CalendarService.ImportResult r = calendar.importYear(parseYear(yearText), csv, source);
        jobs.start(r.recomputeId());
        return accepted(r.recomputeId());
    }

    @POST
    @Path("/{year}/preview")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @SecurityRequirement(name = OpenApiDocument.BASIC)
    @Operation(summary = "预览：哪些未办结期限将变动（不保存）；400：CSV 的每一行错误；202：预览作业已开始")
    public Response preview(@Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("year") String yearText,
            @Parameter(description = "每个事务检查的办件数（1到1000，默认200）") @QueryParam("chunkSize") Integer chunkSize,
            @Parameter(hidden = true) @QueryParam("failAfterChecked") Integer failAfterChecked, String csv) {
        CalendarJobs.Tuning tuning = new CalendarJobs.Tuning(chunkSize, failAfterChecked);
        CalendarService.ImportPreview p = calendar.preview(parseYear(yearText), csv);
        if (!p.errors().isEmpty()) throw new InvalidInputException(p.errors().stream().map(Problem::new).toList());
        jobs.start(p.recomputeId(), tuning);
        return accepted(p.recomputeId());
    }

    @POST
    @Path("/recomputes/{id}/restart")
    @SecurityRequirement(name = OpenApiDocument.BASIC)
    @Operation(summary = "继续一次失败的期限重算（从最后提交的一批办件之后）；409：它没有失败")
    public Response restart(@PathParam("id") long id) {
        jobs.restart(id);
        return accepted(id);
    }

    @GET
    @Path("/recomputes/{id}")
    @SecurityRequirement(name = OpenApiDocument.BASIC)
    @Operation(summary = "期限重算的进度：已检查办件、变动的期限、状态（RUNNING、COMPLETED、FAILED）")
    public Recompute recompute(@PathParam("id") long id) {
        return Recompute.of(calendar.recompute(id));
    }

    @GET
    @Path("/recomputes/{id}/moves")
    @SecurityRequirement(name = OpenApiDocument.BASIC)
    @Operation(summary = "期限重算找到的变动（预览：将变动的），至多 5000 条")
    public List<Move> recomputeMoves(@PathParam("id") long id) {
        return calendar.recomputeMoves(id, 5000).stream().map(Move::of).toList();
    }

    private Response accepted(long recomputeId) {
        return Response.accepted(Recompute.of(calendar.recompute(recomputeId)))
                .location(uri.getBaseUriBuilder().path("v1/calendar/recomputes/{id}").build(recomputeId)).build();
    }

    public record Move(String subjectType, String subjectKey, String deadline, String before, String after) {
        static Move of(DeadlineMove m) {
            return new Move(m.getSubjectType(), m.getSubjectKey(), m.getDeadlineName(), String.valueOf(m.getOldDate()),
                    String.valueOf(m.getNewDate()));
        }
    }

    @GET
    @Path("/versions/{version}/moves")
    @SecurityRequirement(name = OpenApiDocument.BASIC)
    @Operation(summary = "某版日历导入时变动的期限（政务公开办、监察）")
    public List<Move> moves(@PathParam("version") long version) {
        return calendar.moves(version).stream().map(Move::of).toList();
    }

    @GET
    @Path("/deadline")
    @Operation(summary = "期限计算器：事件当日不计，从次日起算")
    public DeadlineView deadline(@QueryParam("from") String from, @QueryParam("days") String days,
            @QueryParam("unit") String unit) {
        List<Problem> errors = new ArrayList<>();
        LocalDate start = null;
        try {
            if (from == null || from.isBlank()) errors.add(new Problem("from", SystemText.of("api.deadline.fromMissing")));
            else start = LocalDate.parse(from.trim());
        } catch (DateTimeParseException e) {
            errors.add(new Problem("from", SystemText.of("api.deadline.fromFormat")));
        }
        if (start != null && (start.getYear() < CalendarService.FIRST_YEAR || start.getYear() > CalendarService.LAST_YEAR)) {
            errors.add(new Problem("from", SystemText.of("api.deadline.fromYear", CalendarService.FIRST_YEAR, CalendarService.LAST_YEAR)));
        }
        int n = MatterResource.intParam("days", days, -1, 0, TimeLimit.MAX_VALUE, errors);
        if (days == null || days.isBlank()) errors.add(new Problem("days", SystemText.of("api.deadline.daysMissing")));
        DayUnit u = DayUnit.WORKING_DAYS;
        if (unit != null && !unit.isBlank()) {
            try {
                u = DayUnit.valueOf(unit.trim());
            } catch (IllegalArgumentException e) {
                errors.add(new Problem("unit", SystemText.of("api.deadline.unit")));
            }
        }
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        Deadline d = calendar.deadline(start, new TimeLimit(n, u));
        return new DeadlineView(start.toString(), n, u.name(), d.date().toString(), d.calendarVersion(),
                d.skipped().stream().map(s -> new Skipped(s.date().toString(), s.reason().chinese())).toList(),
                d.weekendDaysSkipped(), d.warnings().stream().map(SystemText::chinese).toList());
    }

    private static int parseYear(String text) {
        try {
            int y = Integer.parseInt(text);
            if (y >= CalendarService.FIRST_YEAR && y <= CalendarService.LAST_YEAR) return y;
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new InvalidInputException("year", SystemText.of("api.calendarYear", CalendarService.FIRST_YEAR, CalendarService.LAST_YEAR));
    }
}
