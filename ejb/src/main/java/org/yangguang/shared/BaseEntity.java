package org.yangguang.shared;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/**
 * Surrogate id and optimistic-lock version. Ids come from a pooled table generator (not
 * IDENTITY) so that Hibernate can batch inserts on MySQL and H2 alike — the nightly jobs insert
 * findings by the hundred thousand.
 */
@MappedSuperclass
public abstract class BaseEntity implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    @TableGenerator(name = "ids", table = "id_generator", pkColumnName = "gen_name",
            valueColumnName = "gen_value", pkColumnValue = "yangguang", allocationSize = 50)
    private Long id;

    /** Concurrent edits are detected, never silently overwritten. */
    @Version
    @Column(name = "version", nullable = false)
    private int version;

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }
}
