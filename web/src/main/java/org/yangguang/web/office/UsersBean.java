package org.yangguang.web.office;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.yangguang.organization.Department;
import org.yangguang.organization.DepartmentService;
import org.yangguang.security.AccountService;
import org.yangguang.security.NewUser;
import org.yangguang.security.Role;
import org.yangguang.security.UserAccount;
import org.yangguang.web.support.Faces;
import org.yangguang.web.support.PagedModel;

/** The office manages users: create, roles and department, disable, reset password, unlock. */
@Named
@ViewScoped
public class UsersBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    @Inject
    DepartmentService departments;

    @Inject
    Clock clock;

    private String text;
    private final PagedModel<UserAccount> model = new PagedModel<>(p -> accounts.find(text, p), UserAccount::getUsername);

    // dialog state
    private boolean editing;
    private String username;
    private String displayName;
    private String password;
    private String departmentCode;
    private List<Role> roles = new ArrayList<>();
    private int lockVersion;

    public void startNew() {
        editing = false;
        username = displayName = password = departmentCode = null;
        roles = new ArrayList<>();
    }

    public void startEdit(UserAccount u) {
        editing = true;
        username = u.getUsername();
        displayName = u.getDisplayName();
        departmentCode = u.getDepartment() == null ? null : u.getDepartment().getCode();
        roles = new ArrayList<>(u.getRoles());
        lockVersion = u.getVersion();
        password = null;
    }

    public void save() {
        EnumSet<Role> set = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        boolean ok = Faces.attempt(() -> {
            if (editing) accounts.assign(username, set, departmentCode, displayName, lockVersion);
            else accounts.create(new NewUser(username, displayName, password, departmentCode, set));
        });
        if (ok) {
            Faces.info(Faces.text("common.saved"));
            org.primefaces.PrimeFaces.current().executeScript("PF('userDialog').hide()");
        }
    }

    public void resetPassword() {
        if (Faces.attempt(() -> accounts.resetPassword(username, password))) {
            Faces.info(Faces.text("common.saved"));
            org.primefaces.PrimeFaces.current().executeScript("PF('passwordDialog').hide()");
        }
    }

    public void setEnabled(String user, boolean enabled) {
        if (Faces.attempt(() -> accounts.setEnabled(user, enabled))) Faces.info(Faces.text("common.saved"));
    }

    public void unlock(String user) {
        if (Faces.attempt(() -> accounts.unlock(user))) Faces.info(Faces.text("common.saved"));
    }

    public boolean isLocked(UserAccount u) {
        return u.isLocked(clock.instant());
    }

    public List<Department> getDepartments() { return departments.all(); }
    public Role[] getAllRoles() { return Role.values(); }
    public PagedModel<UserAccount> getModel() { return model; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public boolean isEditing() { return editing; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getDepartmentCode() { return departmentCode; }
    public void setDepartmentCode(String departmentCode) { this.departmentCode = departmentCode; }
    public List<Role> getRoles() { return roles; }
    public void setRoles(List<Role> roles) { this.roles = roles; }
}
