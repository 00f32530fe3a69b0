package org.yangguang.web.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.yangguang.calendar.TimeLimit;
import org.yangguang.catalog.FeeItem;
import org.yangguang.catalog.Material;
import org.yangguang.catalog.MatterSummary;
import org.yangguang.catalog.MatterVersion;
import org.yangguang.catalog.ProcessStep;
import org.yangguang.catalog.VersionStatus;
import org.yangguang.shared.EnteredDate;

/** JSON shapes of the API. Stable names: upper-level platforms depend on them. */
public final class ApiViews {
    private ApiViews() {}

    public record Limit(int value, String unit) {
        static Limit of(TimeLimit t) {
            return t == null ? null : new Limit(t.getValue(), t.getUnit().name());
        }
    }

    public record DepartmentRef(String code, String name) {}

    public record MatterItem(String implementationCode, String baseCode, String name, String type, String typeLabel,
            String level, DepartmentRef department, Limit statutoryLimit, Limit promisedLimit, String handlingKind) {
        static MatterItem of(MatterSummary s) {
            return new MatterItem(s.implementationCode(), s.baseCode(), s.name(), s.type().name(), s.type().label(),
                    s.level().name(), new DepartmentRef(s.departmentCode(), s.departmentName()),
                    Limit.of(s.statutoryLimit()), Limit.of(s.promisedLimit()),
                    s.handlingKind() == null ? null : s.handlingKind().name());
        }
    }

    public record MatterList(List<MatterItem> items, long total) {}

    public record MaterialView(String name, String form, boolean required, int originals, int copies, String note,
            String blankFormUrl, String sampleUrl) {
        static MaterialView of(Material m) {
            return new MaterialView(m.getName(), m.getForm().name(), m.isMandatory(), m.getOriginals(), m.getCopies(),
                    m.getNote(), url(m.getBlankFormFileId()), url(m.getSampleFileId()));
        }

        private static String url(Long id) {
            return id == null ? null : "/files/" + id;
        }
    }

    public record FeeView(String name, BigDecimal amount, String legalBasis, boolean reducible) {
        static FeeView of(FeeItem f) {
            return new FeeView(f.getName(), f.getAmount(), f.getLegalBasis(), f.isReducible());
        }
    }

    public record StepView(String name, String office, int limitDays, String kind) {
        static StepView of(ProcessStep s) {
            return new StepView(s.getName(), s.getOffice(), s.getLimitDays(), s.getKind().name());
        }
    }

    public record MatterDetail(String implementationCode, String baseCode, String name, String type, String typeLabel,
            String level, String parentCode, DepartmentRef department, String legalBasis, String conditions,
            Limit statutoryLimit, Limit promisedLimit, String handlingKind, List<String> specialProcedures,
            int onSiteVisits, List<String> channels, List<MaterialView> materials, List<FeeView> fees,
            List<StepView> steps, String consultationPhone, String complaintPhone, String reconsiderationBody,
            String litigationBody, Integer versionNumber, LocalDate effectiveDate, int extensionLimit) {
        static MatterDetail of(MatterVersion v) {
            var m = v.getMatter();
            return new MatterDetail(m.getImplementationCode(), m.getBaseCode(), v.getName(), v.getType().name(),
                    v.getType().label(), m.getLevel().name(),
                    m.getParent() == null ? null : m.getParent().getImplementationCode(),
                    new DepartmentRef(m.getDepartment().getCode(), m.getDepartment().getName()), v.getLegalBasis(),
                    v.getConditions(), Limit.of(v.getStatutoryLimit()), Limit.of(v.getPromisedLimit()),
                    v.getHandlingKind().name(), v.getSpecialProcedures().stream().map(Enum::name).toList(),
                    v.getOnSiteVisits(), v.getChannels().stream().map(Enum::name).toList(),
                    v.getMaterials().stream().map(MaterialView::of).toList(),
                    v.getFees().stream().map(FeeView::of).toList(), v.getSteps().stream().map(StepView::of).toList(),
                    v.getConsultationPhone(), v.getComplaintPhone(), v.getReconsiderationBody(), v.getLitigationBody(),
                    v.getNumber(), v.getEffectiveDate(), v.maxExtensionDays());
        }
    }

    /** A version as the review workflow sees it; {@code version} is the optimistic-lock token to send back. */
    public record VersionView(long id, int version, String implementationCode, String name, VersionStatus status,
            Integer number, LocalDate effectiveDate, String createdBy, String submittedBy, String reviewedBy,
            String returnReason, String changeNote) {
        static VersionView of(MatterVersion v) {
            return new VersionView(v.getId(), v.getVersion(), v.getMatter().getImplementationCode(), v.getName(),
                    v.getStatus(), v.getNumber(), v.getEffectiveDate(), v.getCreatedBy(), v.getSubmittedBy(),
                    v.getReviewedBy(), v.getReturnReason(), v.getChangeNote());
        }
    }

    /** The effective date lies ahead by nature. */
    public record PublishRequest(@EnteredDate(future = true) LocalDate effectiveDate, int version) {}

    public record ReturnRequest(String reason, int version) {}

    public record VersionToken(int version) {}
}
