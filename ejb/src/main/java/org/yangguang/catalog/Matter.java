package org.yangguang.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.yangguang.organization.Department;
import org.yangguang.shared.BaseEntity;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.SystemText;

/**
 * A matter of the catalog (事项), identified by its implementation code. Its content lives in
 * {@link MatterVersion}s; the matter points at the version the public currently sees, and keeps
 * that version's name and type for fast listing.
 */
// second-level cache: Read by every receipt and case action.
// The implementation code is its natural id, cached too: a receipt or the guide finds the matter by
// its code without a statement.
@jakarta.persistence.Cacheable
@org.hibernate.annotations.Cache(usage = org.hibernate.annotations.CacheConcurrencyStrategy.READ_WRITE)
@org.hibernate.annotations.NaturalIdCache
@Entity
@Table(name = "matter")
public class Matter extends BaseEntity {

    @org.hibernate.annotations.NaturalId
    @Column(name = "implementation_code", nullable = false, unique = true, updatable = false, length = 40)
    private String implementationCode;

    @Column(name = "base_code", nullable = false, length = 12)
    private String baseCode;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "matter_type", nullable = false, length = 40)
    private MatterType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "matter_level", nullable = false, length = 10)
    private MatterLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Matter parent;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    /** The published version in force; null until the first publication takes effect. */
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_version_id")
    private MatterVersion currentVersion;

    protected Matter() {}

    Matter(MatterDraft draft, Matter parent, Department department) {
        this.implementationCode = Objects.requireNonNull(draft.getImplementationCode());
        this.baseCode = draft.getBaseCode();
        this.name = draft.getName();
        this.type = draft.getType();
        this.level = draft.getLevel();
        this.parent = parent;
        this.department = Objects.requireNonNull(department);
        if (!level.acceptsParent(parent == null ? null : parent.getLevel())) {
            throw new ConflictException(SystemText.of("catalog.parentLevelWrong", level));
        }
    }

    /** A published version takes effect: the public now sees it. */
    void makeCurrent(MatterVersion version) {
        if (!equals(version.getMatter()) || version.getStatus() != VersionStatus.PUBLISHED) {
            throw new ConflictException(SystemText.of("catalog.onlyPublishedTakesEffect"));
        }
        this.currentVersion = version;
        this.name = version.getName();
        this.type = version.getType();
    }

    public boolean isPublished() {
        return currentVersion != null;
    }

    public String getImplementationCode() { return implementationCode; }
    public String getBaseCode() { return baseCode; }
    public String getName() { return name; }
    public MatterType getType() { return type; }
    public MatterLevel getLevel() { return level; }
    public Matter getParent() { return parent; }
    public Department getDepartment() { return department; }
    public MatterVersion getCurrentVersion() { return currentVersion; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Matter m && implementationCode.equals(m.getImplementationCode());
    }

    @Override
    public int hashCode() {
        return implementationCode.hashCode();
    }

    @Override
    public String toString() {
        return implementationCode + " " + name;
    }
}
