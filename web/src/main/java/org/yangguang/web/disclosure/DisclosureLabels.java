package org.yangguang.web.disclosure;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.yangguang.disclosure.DisclosureOutcome;
import org.yangguang.web.support.LocaleBean;

/** Disclosure labels in the visitor's language that take more than one bundle key. */
@Named
@RequestScoped
public class DisclosureLabels {

    @Inject
    LocaleBean locale;

    /**
     * A reply's outcome as one phrase, as {@link DisclosureOutcome#fullLabel()} says it: the group
     * and the row (不予公开：属于国家秘密), or the row alone where the group is one row (部分公开).
     */
    public String outcome(DisclosureOutcome o) {
        if (o == null) return "";
        return o.item() == 0 ? locale.label(o) : locale.label(o.group()) + locale.message("p.colon") + locale.label(o);
    }
}
