package org.yangguang.interaction.letter;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A letter as the writer fills it in on the portal or posts it to the API: the mailbox
 * ({@value Letter#COUNTY_HEAD} or a department's code), the category, the subject and text, how
 * to reach the writer, and whether the answer may be published (without the personal data).
 */
public class NewLetter implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{yangguang.letter.mailbox.required}")
    @Size(max = 12, message = "{yangguang.letter.mailbox.size}")
    private String mailbox;

    @NotNull(message = "{yangguang.letter.category.required}")
    private LetterCategory category;

    @NotBlank(message = "{yangguang.letter.subject.required}")
    @Size(max = Letter.SUBJECT_LENGTH, message = "{yangguang.letter.subject.size}")
    private String subject;

    @NotBlank(message = "{yangguang.letter.text.required}")
    @Size(max = Letter.TEXT_LENGTH, message = "{yangguang.letter.text.size}")
    private String text;

    @NotBlank(message = "{yangguang.letter.name.required}")
    @Size(max = Letter.NAME_LENGTH, message = "{yangguang.letter.name.size}")
    private String name;

    @NotBlank(message = "{yangguang.letter.phone.required}")
    @Pattern(regexp = "[0-9+\\- ]{5,20}", message = "{yangguang.letter.phone.format}")
    private String phone;

    @Email(message = "{yangguang.letter.email.format}")
    @Size(max = Letter.EMAIL_LENGTH, message = "{yangguang.letter.email.size}")
    private String email;

    /** An explicit yes or no: nothing is published unless the writer said yes. */
    @NotNull(message = "{yangguang.letter.consentToPublish.required}")
    private Boolean consentToPublish;

    public String getMailbox() { return mailbox; }
    public void setMailbox(String mailbox) { this.mailbox = mailbox; }
    public LetterCategory getCategory() { return category; }
    public void setCategory(LetterCategory category) { this.category = category; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public Boolean getConsentToPublish() { return consentToPublish; }
    public void setConsentToPublish(Boolean consentToPublish) { this.consentToPublish = consentToPublish; }
}
