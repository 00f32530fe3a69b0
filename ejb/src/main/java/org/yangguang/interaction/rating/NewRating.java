package org.yangguang.interaction.rating;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A rating given online: the subject (a case unless said otherwise) by its number and its query
 * code. {@code receiptNumber} holds the subject's own number: a case's receipt number, a disclosure
 * request's, a complaint's or a letter's number (the contract's field, kept for every subject).
 */
public class NewRating extends RatingInput {
    private static final long serialVersionUID = 1L;

    /** Optional: a case when absent, as the contract has always meant. */
    private RatingSubject subject;

    @NotBlank(message = "{yangguang.rating.receiptNumber.required}")
    @Size(max = 40, message = "{yangguang.rating.receiptNumber.size}")
    private String receiptNumber;

    @NotBlank(message = "{yangguang.rating.queryCode.required}")
    @Size(max = 20, message = "{yangguang.rating.queryCode.size}")
    private String queryCode;

    public RatingSubject getSubject() { return subject; }
    public void setSubject(RatingSubject subject) { this.subject = subject; }
    /** The subject rated: a case unless another was named. */
    public RatingSubject subjectOrCase() { return subject == null ? RatingSubject.CASE : subject; }
    public String getReceiptNumber() { return receiptNumber; }
    public void setReceiptNumber(String receiptNumber) { this.receiptNumber = receiptNumber; }
    public String getQueryCode() { return queryCode; }
    public void setQueryCode(String queryCode) { this.queryCode = queryCode; }
}
