package org.yangguang.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of every integration test is the real EAR the build produced; in-container tests
 * add their classes to its web module, which sees the EJB module.
 */
public final class Deployments {
    public static final String WAR = "yangguang-web.war";

    private Deployments() {}

    public static EnterpriseArchive application(Class<?>... testClasses) {
        File ear = new File(System.getProperty("ear.file", "target/yangguang.ear"));
        EnterpriseArchive archive = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
        if (testClasses.length > 0) {
            WebArchive war = archive.getAsType(WebArchive.class, WAR);
            war.addClasses(testClasses);
            archive.delete(WAR);
            archive.addAsModule(war);
        }
        return archive;
    }
}
