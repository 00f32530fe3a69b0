package org.yangguang.interaction.rating;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A rating given online: the case by its receipt number and the query code from the receipt slip. */
public class NewRating extends RatingInput {
    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{yangguang.rating.receiptNumber.required}")
    @Size(max = 40, message = "{yangguang.rating.receiptNumber.size}")
    private String receiptNumber;

    @NotBlank(message = "{yangguang.rating.queryCode.required}")
    @Size(max = 20, message = "{yangguang.rating.queryCode.size}")
    private String queryCode;

    public String getReceiptNumber() { return receiptNumber; }
    public void setReceiptNumber(String receiptNumber) { this.receiptNumber = receiptNumber; }
    public String getQueryCode() { return queryCode; }
    public void setQueryCode(String queryCode) { this.queryCode = queryCode; }
}
