package org.yangguang.disclosure;

import java.io.Serializable;
import java.time.LocalDate;

/** What the annual report counts of one request: who asked, when it came, when and how it was answered. */
public record RequestFacts(String number, ApplicantType applicantType, LocalDate receivedOn, LocalDate repliedOn,
        DisclosureOutcome outcome) implements Serializable {}
