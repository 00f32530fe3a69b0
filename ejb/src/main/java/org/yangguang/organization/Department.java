package org.yangguang.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.yangguang.shared.BaseEntity;

/** A county department (部门) that implements matters and handles cases. */
@Entity
@Table(name = "department")
@NamedQuery(name = "Department.findByCode", query = "select d from Department d where d.code = :code")
@NamedQuery(name = "Department.findAll", query = "select d from Department d order by d.code")
public class Department extends BaseEntity {
    public static final int CODE_LENGTH = 12;
    public static final int NAME_LENGTH = 100;

    @NotBlank
    @Pattern(regexp = "[A-Z0-9]{2,12}", message = "部门编码须为2到12位大写字母或数字")
    @Column(name = "code", nullable = false, unique = true, updatable = false, length = CODE_LENGTH)
    private String code;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Size(max = 200)
    @Column(name = "address", length = 200)
    private String address;

    @Size(max = 40)
    @Column(name = "phone", length = 40)
    private String phone;

    @Size(max = 200)
    @Column(name = "office_hours", length = 200)
    private String officeHours;

    protected Department() {}

    public Department(String code, String name) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
    }

    public void describe(String name, String address, String phone, String officeHours) {
        this.name = Objects.requireNonNull(name);
        this.address = address;
        this.phone = phone;
        this.officeHours = officeHours;
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public String getAddress() { return address; }
    public String getPhone() { return phone; }
    public String getOfficeHours() { return officeHours; }

    public String summary() {
        return code + " " + name + " | " + Objects.toString(address, "") + " | "
                + Objects.toString(phone, "") + " | " + Objects.toString(officeHours, "");
    }

    @Override
    public boolean equals(Object o) {
        // getter, not field: the other side may be a Hibernate proxy
        return o instanceof Department d && code.equals(d.getCode());
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
