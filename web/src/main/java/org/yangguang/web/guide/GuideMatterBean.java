package org.yangguang.web.guide;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.yangguang.catalog.CatalogService;
import org.yangguang.catalog.MatterSummary;
import org.yangguang.catalog.MatterVersion;
import org.yangguang.shared.NotFoundException;

/** One matter of the public service guide, printable, with everything an applicant needs. */
@Named
@RequestScoped
public class GuideMatterBean {

    @Inject
    CatalogService catalog;

    private String code;
    private MatterVersion matter;
    private List<MatterSummary> children;

    @Inject
    org.yangguang.interaction.rating.RatingService ratings;

    /** 好差评: the matter's and its department's results, and the replies to rectified bad ratings. */
    private org.yangguang.interaction.rating.PublicResults ratingResults;

    /** viewAction: an unknown code is a plain 404, not an error page with a stack trace. */
    public void load() throws IOException {
        try {
            matter = catalog.published(code == null ? "" : code);
            children = catalog.publishedChildren(code);
        } catch (NotFoundException | jakarta.ejb.EJBException | jakarta.validation.ConstraintViolationException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "事项不存在");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        // the guide stands without its ratings if they cannot be read
        try {
            ratingResults = ratings.publicResults(matter.getMatter().getId(), matter.getMatter().getDepartment().getId());
        } catch (RuntimeException e) {
            java.util.logging.Logger.getLogger(GuideMatterBean.class.getName()).log(java.util.logging.Level.WARNING,
                    "Rating results of " + code + " not shown", e);
        }
    }

    /** Online application is offered for matters that allow it and have no handling items below them. */
    public boolean isOnlineAllowed() {
        return matter != null && children != null && children.isEmpty()
                && matter.getChannels().contains(org.yangguang.catalog.Channel.ONLINE);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public MatterVersion getMatter() { return matter; }
    public List<MatterSummary> getChildren() { return children; }
    public org.yangguang.interaction.rating.PublicResults getRatingResults() { return ratingResults; }
}
