package org.yangguang.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.yangguang.demo.DemoData;

/** Tells whoever started the server where the application is and, on a demo, how to log in. */
@Singleton
@Startup
@DependsOn("DemoData")
public class StartupBanner {
    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void announce() {
        String url = "http://" + System.getProperty("jboss.bind.address", "localhost").replace("0.0.0.0", "localhost")
                + ":" + Integer.getInteger("jboss.http.port", 8080) + "/";
        java.util.List<String> demoUsers = em.createQuery("select u.username from UserAccount u where u.username in :names",
                String.class).setParameter("names", DemoData.DEMO_USERS).getResultList();
        StringBuilder b = new StringBuilder("\n\n    阳光政务 Yangguang is running at ").append(url).append('\n');
        if (!demoUsers.isEmpty()) {
            b.append("    Demo logins (password \"demo\"): ")
                    .append(String.join(", ", DemoData.DEMO_USERS.stream().filter(demoUsers::contains).toList())).append('\n')
                    .append("    Change or remove them before production use.\n");
        }
        LOG.info(b.toString());
    }
}
