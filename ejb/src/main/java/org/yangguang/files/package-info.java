/** Uploaded files, stored in the database with type and size limits. */
package org.yangguang.files;
