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

    @NotBlank(message = "请填写投诉人姓名")
    @Size(max = 60, message = "姓名不超过60字")
    private String name;

    @NotBlank(message = "请填写联系电话")
    @Pattern(regexp = "[0-9+\\- ]{5,20}", message = "请填写有效的联系电话")
    private String phone;

    @NotBlank(message = "请填写投诉内容")
    @Size(max = Complaint.CONTENT_LENGTH, message = "投诉内容不超过2000字")
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
