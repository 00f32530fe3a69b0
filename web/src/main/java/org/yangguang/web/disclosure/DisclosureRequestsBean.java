package org.yangguang.web.disclosure;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.yangguang.disclosure.ApplicantType;
import org.yangguang.disclosure.DeliveryWay;
import org.yangguang.disclosure.DisclosureRequest;
import org.yangguang.disclosure.DisclosureService;
import org.yangguang.disclosure.NewDisclosureRequest;
import org.yangguang.disclosure.ProvideForm;
import org.yangguang.disclosure.ReceiptChannel;
import org.yangguang.disclosure.RequestRow;
import org.yangguang.disclosure.RequestStatus;
import org.yangguang.organization.Department;
import org.yangguang.organization.DepartmentService;
import org.yangguang.web.support.Faces;
import org.yangguang.web.support.PagedModel;

/**
 * The editors' list of disclosure requests, most urgent first (overdue ones marked), with entry of
 * a request that came in person, by post, e-mail or fax.
 */
@Named
@ViewScoped
public class DisclosureRequestsBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    DisclosureService requests;

    @Inject
    DepartmentService departments;

    private RequestStatus status;
    private String text;
    private final PagedModel<RequestRow> model = new PagedModel<>(p -> requests.list(status, text, p),
            r -> String.valueOf(r.id()));
    private NewDisclosureRequest entry = staffEntry();

    private static NewDisclosureRequest staffEntry() {
        NewDisclosureRequest e = new NewDisclosureRequest();
        e.setChannel(ReceiptChannel.IN_PERSON);
        e.setSubmittedOn(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
        e.setDeliveryWay(DeliveryWay.PICK_UP);
        e.setProvideForm(ProvideForm.PAPER);
        return e;
    }

    public void enter() {
        DisclosureRequest r = Faces.attempt(() -> requests.enter(entry));
        if (r != null) {
            Faces.info(Faces.text("disclosure.entered", r.getNumber(), r.getQueryCode(), r.getReplyDue()));
            entry = staffEntry();
        }
    }

    public PagedModel<RequestRow> getModel() { return model; }
    public RequestStatus[] getStatuses() { return RequestStatus.values(); }
    public ReceiptChannel[] getChannels() { return ReceiptChannel.values(); }
    public ApplicantType[] getApplicantTypes() { return ApplicantType.values(); }
    public ProvideForm[] getProvideForms() { return ProvideForm.values(); }
    public DeliveryWay[] getDeliveryWays() { return DeliveryWay.values(); }
    public List<Department> getDepartments() { return departments.all(); }
    public RequestStatus getStatus() { return status; }
    public void setStatus(RequestStatus status) { this.status = status; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public NewDisclosureRequest getEntry() { return entry; }
}
