package org.yangguang.approval;

import java.io.Serializable;

/** Filters of the workbench queue; {@code openOnly} hides concluded and refused cases. */
public record CaseQuery(String text, CaseStatus status, boolean openOnly) implements Serializable {}
