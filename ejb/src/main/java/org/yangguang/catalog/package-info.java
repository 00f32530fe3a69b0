/**
 * The catalog of matters (事项目录): matters, their versioned content, the review workflow from
 * department draft to published version, Excel import/export and the public service guide's reads.
 */
package org.yangguang.catalog;
