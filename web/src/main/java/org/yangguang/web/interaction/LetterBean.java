package org.yangguang.web.interaction;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.yangguang.interaction.letter.LetterAction;
import org.yangguang.interaction.letter.LetterEvent;
import org.yangguang.interaction.letter.LetterRow;
import org.yangguang.interaction.letter.LetterService;
import org.yangguang.organization.Department;
import org.yangguang.organization.DepartmentService;
import org.yangguang.web.support.Faces;

/**
 * One letter for staff: what was written and by whom, where it stands, its history, and the
 * steps the transition table allows this user now (route, transfer, extend, answer).
 */
@Named
@ViewScoped
public class LetterBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    LetterService letters;

    @Inject
    DepartmentService departments;

    private String number;
    private LetterRow letter;
    private List<LetterEvent> history = List.of();
    private String department;
    private String reason;
    private String answer;
    private String receiptNumber;
    /** The office's review before publishing: the letter and the answer as the public will read them. */
    private String publishedText;
    private String publishedAnswer;
    private String matter;

    public void load() {
        if (number == null || number.isBlank()) return;
        LetterRow found = Faces.attempt(() -> letters.get(number));
        if (found != null) {
            letter = found;
            history = letters.history(number);
            publishedText = found.suggestedQuestion();
            publishedAnswer = found.suggestedAnswer();
        }
    }

    public boolean may(String action) {
        return letter != null && letter.allowedActions().contains(LetterAction.valueOf(action));
    }

    public void route() {
        step(() -> letters.route(number, letter.version(), department));
    }

    public void publish() {
        step(() -> letters.publish(number, letter.version(), publishedText, publishedAnswer));
    }

    public void promote() {
        step(() -> letters.promoteToFaq(number, letter.version(), matter));
    }

    public void complain() {
        step(() -> letters.complain(number, letter.version(), department, receiptNumber));
    }

    public void transfer() {
        step(() -> letters.transfer(number, letter.version(), department, reason));
    }

    public void extend() {
        step(() -> letters.extend(number, letter.version(), reason));
    }

    public void answer() {
        step(() -> letters.answer(number, letter.version(), answer));
    }

    private void step(java.util.function.Supplier<LetterRow> action) {
        LetterRow done = Faces.attempt(action);
        if (done != null) {
            letter = done;
            history = letters.history(number);
            department = null;
            reason = null;
            answer = null;
            receiptNumber = null;
            Faces.info(Faces.text("letter.updated", done.number()));
        }
    }

    /** An attachment of the letter, fetched again through the letter's own check of who may see it. */
    public org.primefaces.model.StreamedContent download(org.yangguang.interaction.letter.LetterAttachment a) {
        org.yangguang.files.StoredFile file = Faces.attempt(() -> letters.attachment(number, a.id()));
        return file == null ? null : org.yangguang.web.support.Downloads.of(file);
    }

    public List<Department> getDepartments() { return departments.all(); }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public LetterRow getLetter() { return letter; }
    public List<LetterEvent> getHistory() { return history; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getAnswer() { return answer; }
    public String getReceiptNumber() { return receiptNumber; }
    public String getPublishedText() { return publishedText; }
    public void setPublishedText(String publishedText) { this.publishedText = publishedText; }
    public String getPublishedAnswer() { return publishedAnswer; }
    public String getMatter() { return matter; }
    public void setMatter(String matter) { this.matter = matter; }
    public void setPublishedAnswer(String publishedAnswer) { this.publishedAnswer = publishedAnswer; }
    public void setReceiptNumber(String receiptNumber) { this.receiptNumber = receiptNumber; }
    public void setAnswer(String answer) { this.answer = answer; }
}
