package org.yangguang.organization;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.yangguang.audit.AuditLog;
import org.yangguang.security.Role;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.SystemText;

/** The office keeps the list of departments; everybody may read it (the public guide shows it). */
@Stateless
public class DepartmentService {

    @Inject
    DepartmentRepository departments;

    @Inject
    AuditLog audit;

    @PermitAll
    public List<Department> all() {
        return departments.all();
    }

    @RolesAllowed(Role.OFFICE_ADMIN_NAME)
    public Department create(
            @NotBlank(message = "{yangguang.department.code.required}")
            @Pattern(regexp = "[A-Z0-9]{2,12}", message = "{yangguang.department.code.format}") String code,
            @NotBlank(message = "{yangguang.department.name.required}") @Size(max = 100) String name,
            @Size(max = Department.SHORT_NAME_LENGTH, message = "{yangguang.department.shortName.size}") String shortName,
            @Size(max = 200) String address, @Size(max = 40) String phone, @Size(max = 200) String officeHours) {
        if (departments.find(code).isPresent()) {
            throw new ConflictException(SystemText.of("department.codeExists", code));
        }
        Department d = new Department(code, name);
        d.describe(name, address, phone, officeHours);
        d.abbreviate(shortName);
        departments.add(d);
        audit.record("DEPARTMENT_CREATE", "Department", code, null, d.summary());
        return d;
    }

    @RolesAllowed(Role.OFFICE_ADMIN_NAME)
    public Department update(@NotBlank String code, @NotBlank(message = "{yangguang.department.name.required}") @Size(max = 100) String name,
            @Size(max = Department.SHORT_NAME_LENGTH, message = "{yangguang.department.shortName.size}") String shortName, @Size(max = 200) String address, @Size(max = 40) String phone, @Size(max = 200) String officeHours,
            int expectedVersion) {
        Department d = departments.require(code);
        if (d.getVersion() != expectedVersion) {
            throw new ConflictException(SystemText.of("department.changedByOthers"));
        }
        String before = d.summary();
        d.describe(name, address, phone, officeHours);
        d.abbreviate(shortName);
        audit.record("DEPARTMENT_UPDATE", "Department", code, before, d.summary());
        return d;
    }
}
