package org.yangguang.approval;

import java.io.Serializable;

/** A file an online applicant uploads for one material of the checklist. */
public record ApplicantUpload(String material, String fileName, byte[] content) implements Serializable {}
