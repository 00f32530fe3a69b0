package org.yangguang.interaction.rating;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.yangguang.shared.BaseEntity;
import org.yangguang.shared.BrokenRule;
import org.yangguang.shared.SystemText;

/**
 * One rating (评价) of one service event of a subject (a case). Never changed once given: no
 * setters, every column is {@code updatable = false}; a staff-assisted rating keeps the clerk who
 * entered it and cannot be edited by staff afterwards (国办发〔2019〕51号: 评价数据不得篡改). The
 * database holds one rating per subject, event and round (unique key), so a second rating of the
 * same event is refused even when two arrive at once.
 */
@Entity
@Table(name = "rating")
@NamedQuery(name = "Rating.ofSubject",
        query = "select r from Rating r where r.subject = :subject and r.subjectId = :id order by r.event, r.round")
public class Rating extends BaseEntity {
    private static final long serialVersionUID = 1L;
    public static final int TEXT_LENGTH = 500;
    public static final int CONTACT_NAME_LENGTH = 100;
    public static final int CONTACT_PHONE_LENGTH = 20;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, updatable = false, length = 20)
    private RatingSubject subject;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "subject_number", nullable = false, updatable = false, length = 30)
    private String subjectNumber;

    @Column(name = "department_id", nullable = false, updatable = false)
    private long departmentId;

    @Column(name = "matter_id", updatable = false)
    private Long matterId;

    @Enumerated(EnumType.STRING)
    @Column(name = "rated_event", nullable = false, updatable = false, length = 12)
    private RatedEvent event;

    /** 1 for the first rating of the event; 2 for the one after a rectification. */
    @Column(name = "round_no", nullable = false, updatable = false)
    private int round;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating_level", nullable = false, updatable = false, length = 20)
    private RatingLevel level;

    @Convert(converter = ReasonsConverter.class)
    @Column(name = "reasons", updatable = false, length = 250)
    private List<RatingReason> reasons;

    @Column(name = "rating_text", updatable = false, length = TEXT_LENGTH)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, updatable = false, length = 10)
    private RatingChannel channel;

    /** Null for an anonymous rating. */
    @Column(name = "contact_name", updatable = false, length = CONTACT_NAME_LENGTH)
    private String contactName;

    @Column(name = "contact_phone", updatable = false, length = CONTACT_PHONE_LENGTH)
    private String contactPhone;

    /** The clerk who entered a window rating; null for one given online. */
    @Column(name = "recorded_by", updatable = false, length = 40)
    private String recordedBy;

    @Column(name = "rated_at", nullable = false, updatable = false)
    private Instant ratedAt;

    @Column(name = "rated_on", nullable = false, updatable = false)
    private LocalDate ratedOn;

    protected Rating() {}

    /** What was rated: the subject, its number and the department and matter it belongs to. */
    public record Subject(RatingSubject type, long id, String number, long departmentId, Long matterId) {
        public Subject {
            Objects.requireNonNull(type);
            Objects.requireNonNull(number);
        }
    }

    /** Who gave the rating, how: the contact is kept only for a real-name rating. */
    public record Rater(RatingChannel channel, String contactName, String contactPhone, String recordedBy) {
        public Rater {
            Objects.requireNonNull(channel);
            // a window rating names the clerk who entered it; an online one has no clerk
            if ((channel == RatingChannel.WINDOW) != (recordedBy != null)) {
                throw new BrokenRule(SystemText.of("rating.windowClerk"));
            }
        }
    }

    public Rating(Subject subject, RatedEvent event, int round, RatingLevel level, List<RatingReason> reasons,
            String text, Rater rater, Instant at, LocalDate on) {
        if (round < 1 || round > RatingRules.MAX_ROUNDS) throw new BrokenRule(SystemText.of("rating.round", round));
        String t = text == null || text.isBlank() ? null : text.strip();
        if (t != null && t.codePointCount(0, t.length()) > TEXT_LENGTH) {
            throw new BrokenRule(SystemText.of("input.tooLong", TEXT_LENGTH));
        }
        this.subject = subject.type();
        this.subjectId = subject.id();
        this.subjectNumber = subject.number();
        this.departmentId = subject.departmentId();
        this.matterId = subject.matterId();
        this.event = Objects.requireNonNull(event);
        this.round = round;
        this.level = Objects.requireNonNull(level);
        this.reasons = reasons == null ? List.of() : reasons.stream().filter(Objects::nonNull).distinct().toList();
        this.text = t;
        this.channel = rater.channel();
        this.contactName = rater.contactName();
        this.contactPhone = rater.contactPhone();
        this.recordedBy = rater.recordedBy();
        this.ratedAt = Objects.requireNonNull(at);
        this.ratedOn = Objects.requireNonNull(on);
    }

    public RatingSubject getSubject() { return subject; }
    public long getSubjectId() { return subjectId; }
    public String getSubjectNumber() { return subjectNumber; }
    public long getDepartmentId() { return departmentId; }
    public Long getMatterId() { return matterId; }
    public RatedEvent getEvent() { return event; }
    public int getRound() { return round; }
    public RatingLevel getLevel() { return level; }
    public List<RatingReason> getReasons() { return reasons == null ? List.of() : reasons; }
    public String getText() { return text; }
    public RatingChannel getChannel() { return channel; }
    public boolean isAnonymous() { return contactPhone == null && contactName == null; }
    public String getContactName() { return contactName; }
    public String getContactPhone() { return contactPhone; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRatedAt() { return ratedAt; }
    public LocalDate getRatedOn() { return ratedOn; }
}
