package org.yangguang.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One item of a matter's material list (申请材料). Immutable once its version is published. */
@Embeddable
public class Material {
    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "form", nullable = false, length = 24)
    private MaterialForm form;

    @Column(name = "mandatory", nullable = false)
    private boolean mandatory;

    @Column(name = "originals", nullable = false)
    private int originals;

    @Column(name = "copies", nullable = false)
    private int copies;

    @Column(name = "note", length = 500)
    private String note;

    /** Blank form (空白表格) the applicant downloads, a {@link org.yangguang.files.StoredFile} id. */
    @Column(name = "blank_form_file_id")
    private Long blankFormFileId;

    /** Filled-in sample (示例样表). */
    @Column(name = "sample_file_id")
    private Long sampleFileId;

    protected Material() {}

    Material(MatterDraft.MaterialLine line) {
        this.name = line.getName().trim();
        this.form = line.getForm();
        this.mandatory = line.isMandatory();
        this.originals = line.getOriginals();
        this.copies = line.getCopies();
        this.note = line.getNote();
        this.blankFormFileId = line.getBlankFormFileId();
        this.sampleFileId = line.getSampleFileId();
    }

    MatterDraft.MaterialLine toLine() {
        var l = new MatterDraft.MaterialLine();
        l.setName(name);
        l.setForm(form);
        l.setMandatory(mandatory);
        l.setOriginals(originals);
        l.setCopies(copies);
        l.setNote(note);
        l.setBlankFormFileId(blankFormFileId);
        l.setSampleFileId(sampleFileId);
        return l;
    }

    public String getName() { return name; }
    public MaterialForm getForm() { return form; }
    public boolean isMandatory() { return mandatory; }
    public int getOriginals() { return originals; }
    public int getCopies() { return copies; }
    public String getNote() { return note; }
    public Long getBlankFormFileId() { return blankFormFileId; }
    public Long getSampleFileId() { return sampleFileId; }

    @Override
    public String toString() {
        return name + "（" + form.label() + "，" + (mandatory ? "必需" : "非必需") + "，原件" + originals + "份，复印件"
                + copies + "份" + (note == null || note.isBlank() ? "" : "，" + note) + "）";
    }
}
