package org.yangguang.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalTime;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.SystemText;

/**
 * Local policy of the supervision office (the domain notes mark these **default**): how long a
 * department has to answer a card, the complaint limits, the score formula and grades, and when
 * the nightly evaluation runs. One row, edited in the UI; no rebuild needed.
 */
@Entity
@Table(name = "supervision_settings")
public class SupervisionSettings implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final long ID = 1L;

    @Id
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    /** Working days a department has to answer a yellow or red card. */
    @NotNull @Min(1) @Max(30)
    @Column(name = "answer_days", nullable = false)
    private Integer answerDays;

    /** Working days to decide whether a complaint is accepted. */
    @NotNull @Min(1) @Max(30)
    @Column(name = "complaint_accept_days", nullable = false)
    private Integer complaintAcceptDays;

    /** Working days from acceptance to the reply to the complainant. */
    @NotNull @Min(1) @Max(60)
    @Column(name = "complaint_reply_days", nullable = false)
    private Integer complaintReplyDays;

    /** Score formula: 100 − yellow × this − red × {@link #redPoints}, times the on-time rate. */
    @NotNull @Min(0) @Max(100)
    @Column(name = "yellow_points", nullable = false)
    private Integer yellowPoints;

    @NotNull @Min(0) @Max(100)
    @Column(name = "red_points", nullable = false)
    private Integer redPoints;

    /** Quarterly grades: 优秀 from this score, 良好, 合格; below 合格 不合格. */
    @NotNull @Min(0) @Max(100)
    @Column(name = "grade_excellent", nullable = false)
    private Integer gradeExcellent;

    @NotNull @Min(0) @Max(100)
    @Column(name = "grade_good", nullable = false)
    private Integer gradeGood;

    @NotNull @Min(0) @Max(100)
    @Column(name = "grade_pass", nullable = false)
    private Integer gradePass;

    /** HH:mm (or HH:mm:ss), Asia/Shanghai: when the nightly evaluation starts. */
    @NotNull
    @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?", message = "{yangguang.settings.evaluationTime.format}")
    @Column(name = "evaluation_time", nullable = false, length = 8)
    private String evaluationTime;

    // --- the mailbox (政民互动): answer limits per category, working days from receipt; the one extension
    @NotNull @Min(1) @Max(60)
    @Column(name = "letter_consultation_days", nullable = false)
    private Integer letterConsultationDays;

    @NotNull @Min(1) @Max(60)
    @Column(name = "letter_suggestion_days", nullable = false)
    private Integer letterSuggestionDays;

    /** 投诉 and 举报 alike. */
    @NotNull @Min(1) @Max(60)
    @Column(name = "letter_complaint_days", nullable = false)
    private Integer letterComplaintDays;

    @NotNull @Min(1) @Max(60)
    @Column(name = "letter_other_days", nullable = false)
    private Integer letterOtherDays;

    @NotNull @Min(1) @Max(60)
    @Column(name = "letter_extension_days", nullable = false)
    private Integer letterExtensionDays;

    @Column(name = "updated_by", nullable = false, length = 40)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    // --- ratings (好差评) ---
    /** Working days a department has to report the rectification of a confirmed bad rating. */
    @NotNull @Min(1) @Max(60)
    @Column(name = "rectification_days", nullable = false)
    private Integer rectificationDays;

    /**
     * The weight, in percent, of the share satisfied (好差评) in the score: the score is multiplied by
     * (1 − w + w × share satisfied) when the department was rated in the period; 0 leaves it as it was.
     */
    @NotNull @Min(0) @Max(100)
    @Column(name = "rating_weight", nullable = false)
    private Integer ratingWeight;

    public SupervisionSettings() {}

    /** Rules across the fields: grades descend. */
    public void check() {
        if (!(gradeExcellent > gradeGood && gradeGood > gradePass)) {
            throw new InvalidInputException("gradeGood", SystemText.of("settings.gradesDescending"));
        }
    }

    public void stamp(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public LocalTime evaluationLocalTime() {
        return LocalTime.parse(evaluationTime.length() == 5 ? evaluationTime + ":00" : evaluationTime);
    }

    /** The quarterly grade of a score. */
    public String grade(double score) {
        if (score >= gradeExcellent) return "优秀";
        if (score >= gradeGood) return "良好";
        if (score >= gradePass) return "合格";
        return "不合格";
    }

    /** A detached copy for editing, with the version it was read at. */
    public SupervisionSettings copy() {
        SupervisionSettings s = new SupervisionSettings();
        s.id = id;
        s.version = version;
        s.answerDays = answerDays;
        s.complaintAcceptDays = complaintAcceptDays;
        s.complaintReplyDays = complaintReplyDays;
        s.yellowPoints = yellowPoints;
        s.redPoints = redPoints;
        s.gradeExcellent = gradeExcellent;
        s.gradeGood = gradeGood;
        s.gradePass = gradePass;
        s.evaluationTime = evaluationTime;
        s.letterConsultationDays = letterConsultationDays;
        s.letterSuggestionDays = letterSuggestionDays;
        s.letterComplaintDays = letterComplaintDays;
        s.letterOtherDays = letterOtherDays;
        s.letterExtensionDays = letterExtensionDays;
        s.updatedBy = updatedBy;
        s.updatedAt = updatedAt;
        s.rectificationDays = rectificationDays;
        s.ratingWeight = ratingWeight;
        return s;
    }

    /** Takes the editable values of another copy. */
    public void takeValues(SupervisionSettings o) {
        answerDays = o.answerDays;
        complaintAcceptDays = o.complaintAcceptDays;
        complaintReplyDays = o.complaintReplyDays;
        yellowPoints = o.yellowPoints;
        redPoints = o.redPoints;
        gradeExcellent = o.gradeExcellent;
        gradeGood = o.gradeGood;
        gradePass = o.gradePass;
        evaluationTime = o.evaluationTime;
        rectificationDays = o.rectificationDays;
        ratingWeight = o.ratingWeight;
        letterConsultationDays = o.letterConsultationDays;
        letterSuggestionDays = o.letterSuggestionDays;
        letterComplaintDays = o.letterComplaintDays;
        letterOtherDays = o.letterOtherDays;
        letterExtensionDays = o.letterExtensionDays;
    }

    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public Integer getAnswerDays() { return answerDays; }
    public void setAnswerDays(Integer answerDays) { this.answerDays = answerDays; }
    public Integer getComplaintAcceptDays() { return complaintAcceptDays; }
    public void setComplaintAcceptDays(Integer v) { this.complaintAcceptDays = v; }
    public Integer getComplaintReplyDays() { return complaintReplyDays; }
    public void setComplaintReplyDays(Integer v) { this.complaintReplyDays = v; }
    public Integer getYellowPoints() { return yellowPoints; }
    public void setYellowPoints(Integer yellowPoints) { this.yellowPoints = yellowPoints; }
    public Integer getRedPoints() { return redPoints; }
    public void setRedPoints(Integer redPoints) { this.redPoints = redPoints; }
    public Integer getGradeExcellent() { return gradeExcellent; }
    public void setGradeExcellent(Integer v) { this.gradeExcellent = v; }
    public Integer getGradeGood() { return gradeGood; }
    public void setGradeGood(Integer v) { this.gradeGood = v; }
    public Integer getGradePass() { return gradePass; }
    public void setGradePass(Integer v) { this.gradePass = v; }
    public String getEvaluationTime() { return evaluationTime; }
    public void setEvaluationTime(String evaluationTime) { this.evaluationTime = evaluationTime; }
    // --- the mailbox (政民互动)
    public Integer getLetterConsultationDays() { return letterConsultationDays; }
    public void setLetterConsultationDays(Integer v) { this.letterConsultationDays = v; }
    public Integer getLetterSuggestionDays() { return letterSuggestionDays; }
    public void setLetterSuggestionDays(Integer v) { this.letterSuggestionDays = v; }
    public Integer getLetterComplaintDays() { return letterComplaintDays; }
    public void setLetterComplaintDays(Integer v) { this.letterComplaintDays = v; }
    public Integer getLetterOtherDays() { return letterOtherDays; }
    public void setLetterOtherDays(Integer v) { this.letterOtherDays = v; }
    public Integer getLetterExtensionDays() { return letterExtensionDays; }
    public void setLetterExtensionDays(Integer v) { this.letterExtensionDays = v; }

    /** The letters' limits as the mailbox counts them. */
    public org.yangguang.interaction.letter.LetterLimits letterLimits() {
        return new org.yangguang.interaction.letter.LetterLimits(letterConsultationDays, letterSuggestionDays,
                letterComplaintDays, letterOtherDays, letterExtensionDays);
    }

    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Integer getRectificationDays() { return rectificationDays; }
    public void setRectificationDays(Integer v) { this.rectificationDays = v; }
    public Integer getRatingWeight() { return ratingWeight; }
    public void setRatingWeight(Integer v) { this.ratingWeight = v; }
}
