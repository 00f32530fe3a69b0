package org.yangguang.web.interaction;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.yangguang.interaction.attention.AttentionStatistics.HandlerRow;
import org.yangguang.interaction.attention.HandlerKind;
import org.yangguang.interaction.attention.PublicSummary;
import org.yangguang.web.security.PublicLimits;
import org.yangguang.web.support.Faces;

/**
 * The public summary of the mailbox's work (来信办理情况): letters, answers and the share answered on
 * time per department, month by month for a year. Published content in the portal's one limiter.
 */
@Named
@ViewScoped
public class LetterSummaryBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PublicSummary summary;

    @Inject
    PublicLimits limits;

    private String month;
    private List<PublicSummary.Month> months = List.of();

    public void load() {
        if (Faces.publishedThrottled(limits)) return;
        months = summary.months();
        if (month == null || months.stream().noneMatch(m -> m.month().equals(month))) {
            month = months.size() > 1 ? months.get(1).month() : null; // the last whole month
        }
    }

    /** The month chosen. */
    public PublicSummary.Month getSelected() {
        return months.stream().filter(m -> m.month().equals(month)).findFirst().orElse(null);
    }

    public String handlerName(HandlerRow h) {
        return h.handler() == HandlerKind.DEPARTMENT ? h.name() : Faces.text("enum.HandlerKind." + h.handler().name());
    }

    public String share(Double percent) {
        return percent == null ? "—" : String.format("%.1f%%", percent);
    }

    public List<PublicSummary.Month> getMonths() { return months; }
    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
}
