package org.yangguang.disclosure;

import java.io.Serializable;
import java.time.LocalDate;

/** A line of the editors' and reviewers' list of items, and of the public listing. */
public record ItemRow(long id, int version, String title, String documentNumber, String categoryCode, String categoryName,
        String departmentName, LocalDate formedOn, LocalDate publishDue, LocalDate publishedOn, ItemStatus status,
        Validity validity, String createdBy, boolean late) implements Serializable {}
