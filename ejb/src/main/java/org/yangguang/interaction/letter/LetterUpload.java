package org.yangguang.interaction.letter;

import java.io.Serializable;

/** A file the writer attaches on the portal's form, as the browser sent it. */
public record LetterUpload(String fileName, byte[] content) implements Serializable {}
