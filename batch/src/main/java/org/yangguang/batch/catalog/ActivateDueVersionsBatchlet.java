package org.yangguang.batch.catalog;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.yangguang.catalog.CatalogService;

/**
 * Makes catalog versions published with a future effective date the versions in force once that
 * date has come. Idempotent: a rerun the same day finds nothing left to do.
 */
@Named
@Dependent
public class ActivateDueVersionsBatchlet extends AbstractBatchlet {
    private static final Logger LOG = Logger.getLogger(ActivateDueVersionsBatchlet.class.getName());

    @Inject
    CatalogService catalog;

    @Inject
    StepContext step;

    @Override
    public String process() {
        int activated = catalog.activateDueVersions();
        step.setExitStatus("ACTIVATED " + activated);
        LOG.info(() -> "Catalog versions taking effect today: " + activated);
        return "COMPLETED";
    }
}
