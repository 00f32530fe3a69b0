package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the server, with Hibernate's statistics on: reading a case and acting on it load the case's
 * seven collections with the case (three statements), never one by one afterwards, and the
 * join-fetched lists come back whole, without an element twice.
 */
@ExtendWith(ArquillianExtension.class)
class CaseLoadingIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(CaseLoadingIT.class, CaseApiIT.class, Http.class);
    }

    @PersistenceUnit
    EntityManagerFactory emf;

    @Test
    void aCaseIsReadAndChangedWithItsCollectionsLoadedTogether() {
        JsonObject received = CaseApiIT.receive("clerk", "SCJGJ", "PROMISED", true);
        String rn = received.getString("receiptNumber");
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = stats.isStatisticsEnabled();
        stats.setStatisticsEnabled(true);
        try {
            stats.clear();
            JsonObject read = CaseApiIT.ok(Http.get("/api/v1/cases/" + rn, "clerk"));
            assertEquals(0, stats.getCollectionFetchCount(), "a read fetches no collection of the case on its own");
            assertTrue(stats.getCollectionLoadCount() >= 7, "the seven collections came with the case: " + stats.getCollectionLoadCount());

            stats.clear();
            JsonObject accepted = CaseApiIT.ok(CaseApiIT.act("clerk", read, "accept", CaseApiIT.with()));
            assertEquals(0, stats.getCollectionFetchCount(), "nor does an action");

            // several materials times several steps in one result: each still listed once, in order
            List<String> materials = names(Http.get("/api/v1/matters/" + read.getJsonObject("matter").getString("code"), null).json()
                    .getJsonArray("materials"));
            assertTrue(materials.size() > 1 && read.getJsonArray("steps").size() > 1, "a case with a product to flatten");
            assertEquals(materials, names(accepted.getJsonArray("materials")));
            assertEquals(names(received.getJsonArray("steps")), names(accepted.getJsonArray("steps")));
        } finally {
            stats.setStatisticsEnabled(wasEnabled);
        }
    }

    private static List<String> names(JsonArray items) {
        return items.stream().map(JsonValue::asJsonObject).map(o -> o.getString("name")).toList();
    }
}
