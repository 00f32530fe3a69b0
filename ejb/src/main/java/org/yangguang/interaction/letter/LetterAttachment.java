package org.yangguang.interaction.letter;

import java.io.Serializable;

/** A file attached to a letter as lists show it: its name, type and size, never its content. */
public record LetterAttachment(long id, String fileName, String contentType, long size) implements Serializable {}
