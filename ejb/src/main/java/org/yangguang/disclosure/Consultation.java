package org.yangguang.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;

/** A stored {@link ThirdPartyConsultation} of a request. */
@Embeddable
public class Consultation implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "party", nullable = false, length = 100)
    private String party;

    @Column(name = "asked_on", nullable = false)
    private LocalDate askedOn;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    protected Consultation() {}

    Consultation(ThirdPartyConsultation c) {
        party = c.party();
        askedOn = c.askedOn();
        answeredOn = c.answeredOn();
    }

    ThirdPartyConsultation value() {
        return new ThirdPartyConsultation(party, askedOn, answeredOn);
    }

    public String getParty() { return party; }
    public LocalDate getAskedOn() { return askedOn; }
    public LocalDate getAnsweredOn() { return answeredOn; }
}
