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
// second-level cache: Read on every request that scopes by department.
@jakarta.persistence.Cacheable
@org.hibernate.annotations.Cache(usage = org.hibernate.annotations.CacheConcurrencyStrategy.READ_WRITE)
@Entity
@Table(name = "department")
@NamedQuery(name = "Department.findByCode", query = "select d from Department d where d.code = :code")
@NamedQuery(name = "Department.findAll", query = "select d from Department d order by d.code")
public class Department extends BaseEntity {
    public static final int CODE_LENGTH = 12;
    public static final int NAME_LENGTH = 100;
    public static final int SHORT_NAME_LENGTH = 12;

    @NotBlank
    @Pattern(regexp = "[A-Z0-9]{2,12}", message = "{yangguang.department.code.format}")
    @Column(name = "code", nullable = false, unique = true, updatable = false, length = CODE_LENGTH)
    private String code;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    /** 机关简称, the head of its document numbers (e.g. 阳市监 in 阳市监许受字〔2026〕第12号). */
    @Size(max = SHORT_NAME_LENGTH, message = "{yangguang.department.shortName.size}")
    @Column(name = "short_name", length = SHORT_NAME_LENGTH)
    private String shortName;

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

    /** The short name used in document numbers. */
    public void abbreviate(String shortName) {
        this.shortName = shortName == null || shortName.isBlank() ? null : shortName.trim();
    }

    /** The short name, or the code while the office has not set one. */
    public String documentPrefix() {
        return shortName != null ? shortName : code;
    }

    public String getShortName() { return shortName; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getAddress() { return address; }
    public String getPhone() { return phone; }
    public String getOfficeHours() { return officeHours; }

    public String summary() {
        return code + " " + name + (shortName == null ? "" : "（" + shortName + "）") + " | " + Objects.toString(address, "") + " | "
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
