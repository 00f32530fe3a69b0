package org.yangguang.web.support;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.yangguang.shared.ClockProducer;

/** The visitor's language (中文 by default, English as second) and Beijing-time formatting. */
@Named
@SessionScoped
public class LocaleBean implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ClockProducer.ZONE);

    private Locale locale = Locale.SIMPLIFIED_CHINESE;

    public Locale getLocale() {
        return locale;
    }

    public boolean isChinese() {
        return locale.getLanguage().equals("zh");
    }

    public String toggle() {
        locale = isChinese() ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        String view = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return view + "?faces-redirect=true&includeViewParams=true";
    }

    public String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public ZoneId getZone() {
        return ClockProducer.ZONE;
    }
}
