package org.yangguang.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.yangguang.shared.BaseEntity;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.SystemText;

/**
 * A heading of the disclosure catalog (公开目录), after the list of 条例 第二十条; the office edits
 * it. {@code tableTwo} says which line of the annual report's table 二 counts its items.
 */
@Entity
@Table(name = "disclosure_category")
@NamedQuery(name = "DisclosureCategory.byCode", query = "select c from DisclosureCategory c where c.code = :code")
public class DisclosureCategory extends BaseEntity {

    /** The lines of table 二 that count items of a category. */
    public enum TableTwoLine { RULE, NORMATIVE, PENALTY, ENFORCEMENT }

    @Column(name = "code", nullable = false, unique = true, updatable = false, length = 20)
    private String code;

    @Column(name = "name", nullable = false, length = 60)
    private String name;

    @Column(name = "description", length = 300)
    private String description;

    @Column(name = "position", nullable = false)
    private int position;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "table_two", length = 12)
    private TableTwoLine tableTwo;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected DisclosureCategory() {}

    public DisclosureCategory(String code, String name, String description, int position) {
        if (code == null || !code.matches("[A-Z0-9]{2,20}")) throw new InvalidInputException("code", SystemText.of("category.codeFormat"));
        this.code = code;
        change(name, description, position, true);
    }

    public void change(String newName, String newDescription, int newPosition, boolean isActive) {
        this.name = InvalidInputException.requireText(newName, "name", SystemText.of("category.nameMissing"), 60);
        if (newDescription != null && newDescription.trim().length() > 300) throw new InvalidInputException("description", SystemText.of("category.descriptionTooLong"));
        this.description = newDescription == null || newDescription.isBlank() ? null : newDescription.trim();
        if (newPosition < 0 || newPosition > 10_000) throw new InvalidInputException("position", SystemText.of("category.positionRange"));
        this.position = newPosition;
        this.active = isActive;
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public String getDescription() { return description; }
    public int getPosition() { return position; }
    public TableTwoLine getTableTwo() { return tableTwo; }
    public boolean isActive() { return active; }
}
