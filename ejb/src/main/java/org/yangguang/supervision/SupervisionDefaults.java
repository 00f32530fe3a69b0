package org.yangguang.supervision;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Installs the default supervision rules (the domain notes' defaults) where a trigger has none. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class SupervisionDefaults {
    private static final Logger LOG = Logger.getLogger(SupervisionDefaults.class.getName());

    @Inject
    RuleBook rules;

    @PostConstruct
    void install() {
        int n = rules.installDefaults();
        if (n > 0) LOG.info(() -> "Installed " + n + " default supervision rules");
    }
}
