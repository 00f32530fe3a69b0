package org.yangguang.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** Who applies: a person or an organisation, with how to reach them. */
@Embeddable
public class Applicant implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{yangguang.applicant.name.required}")
    @Size(max = 100, message = "{yangguang.applicant.name.size}")
    @Column(name = "applicant_name", nullable = false, length = 100)
    private String name;

    /** 身份证号 or 统一社会信用代码. */
    @NotBlank(message = "{yangguang.applicant.idNumber.required}")
    @Pattern(regexp = "[0-9A-Z]{15,18}", message = "{yangguang.applicant.idNumber.format}")
    @Column(name = "applicant_id_number", nullable = false, length = 18)
    private String idNumber;

    @NotBlank(message = "{yangguang.applicant.phone.required}")
    @Pattern(regexp = "[0-9+\\- ]{7,20}", message = "{yangguang.applicant.phone.format}")
    @Column(name = "applicant_phone", nullable = false, length = 20)
    private String phone;

    @Size(max = 200, message = "{yangguang.applicant.address.size}")
    @Column(name = "applicant_address", length = 200)
    private String address;

    public Applicant() {}

    public Applicant(String name, String idNumber, String phone, String address) {
        this.name = name;
        this.idNumber = idNumber;
        this.phone = phone;
        this.address = address;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }

    /** For the public tracking page: never the full name or number. Derived: no JSON property, in or out. */
    @jakarta.json.bind.annotation.JsonbTransient
    public String getMaskedName() {
        return name == null || name.length() < 2 ? "*" : name.charAt(0) + "*".repeat(Math.min(name.length() - 1, 6));
    }
}
