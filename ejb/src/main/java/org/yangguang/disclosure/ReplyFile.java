package org.yangguang.disclosure;

import java.io.Serializable;

/** A file a reply delivers, as lists show it: the stored file's id, its name and size. */
public record ReplyFile(long id, String name, long bytes) implements Serializable {}
