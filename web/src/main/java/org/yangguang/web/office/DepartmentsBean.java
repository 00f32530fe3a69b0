package org.yangguang.web.office;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.yangguang.organization.Department;
import org.yangguang.organization.DepartmentService;
import org.yangguang.web.support.Faces;

/** The office keeps the departments. */
@Named
@ViewScoped
public class DepartmentsBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    DepartmentService departments;

    private List<Department> all;
    private boolean editing;
    private String code;
    private String name;
    private String address;
    private String phone;
    private String officeHours;
    private String shortName;
    private int lockVersion;

    public List<Department> getAll() {
        if (all == null) all = departments.all();
        return all;
    }

    public void startNew() {
        editing = false;
        code = name = shortName = address = phone = officeHours = null;
    }

    public void startEdit(Department d) {
        editing = true;
        code = d.getCode();
        name = d.getName();
        address = d.getAddress();
        phone = d.getPhone();
        officeHours = d.getOfficeHours();
        shortName = d.getShortName();
        lockVersion = d.getVersion();
    }

    public void save() {
        boolean ok = Faces.attempt(() -> {
            if (editing) departments.update(code, name, shortName, address, phone, officeHours, lockVersion);
            else departments.create(code, name, shortName, address, phone, officeHours);
        });
        if (ok) {
            Faces.info(Faces.text("common.saved"));
            all = null;
            org.primefaces.PrimeFaces.current().executeScript("PF('deptDialog').hide()");
        }
    }

    public boolean isEditing() { return editing; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) { this.shortName = shortName; }
    public String getOfficeHours() { return officeHours; }
    public void setOfficeHours(String officeHours) { this.officeHours = officeHours; }
}
