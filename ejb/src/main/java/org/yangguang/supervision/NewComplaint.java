package org.yangguang.supervision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A complaint as the public submits it on the portal, or staff enter it from a call, a visit or a
 * letter. It concerns a case (by receipt number; on the portal with the case's query code, so
 * nobody can probe other people's cases) or a department.
 */
public class NewComplaint implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{yangguang.complaint.name.required}")
    @Size(max = 60, message = "{yangguang.complaint.name.size}")
    private String name;

    @NotBlank(message = "{yangguang.complaint.phone.required}")
    @Pattern(regexp = "[0-9+\\- ]{5,20}", message = "{yangguang.complaint.phone.format}")
    private String phone;

    @NotBlank(message = "{yangguang.complaint.content.required}")
    @Size(max = Complaint.CONTENT_LENGTH, message = "{yangguang.complaint.content.size}")
    private String content;

    @Size(max = 12)
    private String departmentCode;

    @Size(max = 30)
    private String receiptNumber;

    @Size(max = 8)
    private String queryCode;

    private ComplaintChannel channel;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public String getDepartmentCode() { return departmentCode; }
    public void setDepartmentCode(String departmentCode) { this.departmentCode = departmentCode; }
    public String getReceiptNumber() { return receiptNumber; }
    public void setReceiptNumber(String receiptNumber) { this.receiptNumber = receiptNumber; }
    public String getQueryCode() { return queryCode; }
    public void setQueryCode(String queryCode) { this.queryCode = queryCode; }
    public ComplaintChannel getChannel() { return channel; }
    public void setChannel(ComplaintChannel channel) { this.channel = channel; }
}
