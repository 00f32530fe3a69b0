package org.yangguang.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.yangguang.security.OwnPassword;
import org.yangguang.web.support.Faces;

/** 修改密码: the own password; the first thing a new user (or one whose password was reset) does. */
@Named
@RequestScoped
public class PasswordBean {
    /** Session flag: the password the office gave is still in use; staff pages lead here until it is replaced. */
    public static final String MUST_CHANGE = PasswordBean.class.getName() + ".mustChange";
    public static final String PAGE = "/admin/account/password.xhtml";

    @Inject
    OwnPassword own;

    private String current;
    private String replacement;
    private String repeat;

    public boolean isRequired() {
        return Boolean.TRUE.equals(FacesContext.getCurrentInstance().getExternalContext().getSessionMap().get(MUST_CHANGE));
    }

    public void change() throws IOException {
        if (replacement == null || !replacement.equals(repeat)) {
            Faces.errorFor("password:repeat", Faces.text("password.mismatch"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (!Faces.attempt(() -> own.change(current, replacement))) return;
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        ec.getSessionMap().remove(MUST_CHANGE);
        Faces.info(Faces.text("password.changed"));
        Faces.keepMessages();
        ec.redirect(ec.getRequestContextPath() + "/admin/index.xhtml");
    }

    public String getCurrent() { return current; }
    public void setCurrent(String current) { this.current = current; }
    public String getReplacement() { return replacement; }
    public void setReplacement(String replacement) { this.replacement = replacement; }
    public String getRepeat() { return repeat; }
    public void setRepeat(String repeat) { this.repeat = repeat; }
}
