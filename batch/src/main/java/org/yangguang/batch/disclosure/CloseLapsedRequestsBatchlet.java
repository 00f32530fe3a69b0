package org.yangguang.batch.disclosure;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.yangguang.disclosure.DisclosureService;

/**
 * Requests whose correction or fee was not received in time are closed as deemed withdrawn
 * (逾期不补正, 逾期未缴费). Idempotent: a closed request is not looked at again.
 */
@Named
@Dependent
public class CloseLapsedRequestsBatchlet extends AbstractBatchlet {
    private static final Logger LOG = Logger.getLogger(CloseLapsedRequestsBatchlet.class.getName());

    @Inject
    DisclosureService requests;

    @Inject
    Clock clock;

    @Override
    public String process() {
        int closed = requests.closeLapsed(LocalDate.now(clock));
        LOG.info(() -> "Disclosure requests closed as deemed withdrawn: " + closed);
        return "CLOSED " + closed; // a batchlet's return value is its step's exit status
    }
}
