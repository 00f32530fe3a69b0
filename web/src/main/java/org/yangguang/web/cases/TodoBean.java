package org.yangguang.web.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.yangguang.approval.CaseLists;
import org.yangguang.shared.PageRequest;
import org.yangguang.supervision.FindingQuery;
import org.yangguang.supervision.FindingRow;
import org.yangguang.supervision.FindingService;
import org.yangguang.supervision.FindingStatus;
import org.yangguang.web.support.Faces;

/**
 * 我的待办: what waits for this user — the cases they hold, for an approver the decisions and
 * extension requests, the parts of joint cases for their department, and the department's cards
 * to answer. Every row opens the case (or the card) where the action is.
 */
@Named
@ViewScoped
public class TodoBean implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Each list shows the most urgent first; a longer backlog belongs to the workbench. */
    private static final int MAX = 50;

    @Inject
    CaseLists lists;

    @Inject
    FindingService findings;

    private CaseLists.Todo todo;
    private List<FindingRow> cards = List.of();

    public void load() {
        todo = Faces.attempt(() -> lists.todo(MAX));
        List<FindingRow> open = Faces.attempt(() -> findings.items(new FindingQuery(null, null, FindingStatus.OPEN, null,
                null, null, null, null), PageRequest.of(1, MAX)));
        cards = open == null ? List.of() : open;
    }

    public CaseLists.Todo getTodo() { return todo; }
    public List<FindingRow> getCards() { return cards; }

    public int getTotal() {
        return todo == null ? cards.size() : todo.mine().size() + todo.forApprover().size() + todo.jointParts().size() + cards.size();
    }
}
