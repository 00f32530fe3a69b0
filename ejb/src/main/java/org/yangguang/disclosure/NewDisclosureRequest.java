package org.yangguang.disclosure;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.yangguang.shared.EnteredDate;

/**
 * A disclosure request as the applicant fills it in on the portal (条例 第二十九条: who applies, how
 * to reach them, a description of the information, the form and the way to receive it), or as
 * staff enter one that came in person, by post, e-mail or fax, with the dates its channel's
 * receipt date depends on.
 */
public class NewDisclosureRequest implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{yangguang.request.departmentCode.required}")
    @Size(max = 12)
    private String departmentCode;

    @NotNull(message = "{yangguang.request.applicantType.required}")
    private ApplicantType applicantType = ApplicantType.NATURAL_PERSON;

    @NotBlank(message = "{yangguang.request.applicantName.required}")
    @Size(max = 100, message = "{yangguang.request.applicantName.size}")
    private String applicantName;

    @NotBlank(message = "{yangguang.request.identityNumber.required}")
    @Pattern(regexp = "[0-9A-Za-z\\-]{6,40}", message = "{yangguang.request.identityNumber.format}")
    private String identityNumber;

    @NotBlank(message = "{yangguang.request.phone.required}")
    @Pattern(regexp = "[0-9+\\- ]{5,20}", message = "{yangguang.request.phone.format}")
    private String phone;

    @Size(max = 200, message = "{yangguang.request.address.size}")
    private String address;

    @Email(message = "{yangguang.request.email.format}")
    @Size(max = 100, message = "{yangguang.request.email.size}")
    private String email;

    @NotBlank(message = "{yangguang.request.description.required}")
    @Size(max = DisclosureRequest.DESCRIPTION_LENGTH, message = "{yangguang.request.description.size}")
    private String description;

    @NotNull(message = "{yangguang.request.provideForm.required}")
    private ProvideForm provideForm = ProvideForm.ELECTRONIC;

    @NotNull(message = "{yangguang.request.deliveryWay.required}")
    private DeliveryWay deliveryWay = DeliveryWay.ONLINE;

    /** Staff entry only: how the request came, and the dates its receipt date depends on. */
    private ReceiptChannel channel;
    @EnteredDate
    private LocalDate submittedOn;
    @EnteredDate
    private LocalDate signedForOn;
    @EnteredDate
    private LocalDate confirmedOn;

    public String getDepartmentCode() { return departmentCode; }
    public void setDepartmentCode(String departmentCode) { this.departmentCode = departmentCode; }
    public ApplicantType getApplicantType() { return applicantType; }
    public void setApplicantType(ApplicantType applicantType) { this.applicantType = applicantType; }
    public String getApplicantName() { return applicantName; }
    public void setApplicantName(String applicantName) { this.applicantName = applicantName; }
    public String getIdentityNumber() { return identityNumber; }
    public void setIdentityNumber(String identityNumber) { this.identityNumber = identityNumber; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public ProvideForm getProvideForm() { return provideForm; }
    public void setProvideForm(ProvideForm provideForm) { this.provideForm = provideForm; }
    public DeliveryWay getDeliveryWay() { return deliveryWay; }
    public void setDeliveryWay(DeliveryWay deliveryWay) { this.deliveryWay = deliveryWay; }
    public ReceiptChannel getChannel() { return channel; }
    public void setChannel(ReceiptChannel channel) { this.channel = channel; }
    public LocalDate getSubmittedOn() { return submittedOn; }
    public void setSubmittedOn(LocalDate submittedOn) { this.submittedOn = submittedOn; }
    public LocalDate getSignedForOn() { return signedForOn; }
    public void setSignedForOn(LocalDate signedForOn) { this.signedForOn = signedForOn; }
    public LocalDate getConfirmedOn() { return confirmedOn; }
    public void setConfirmedOn(LocalDate confirmedOn) { this.confirmedOn = confirmedOn; }
}
