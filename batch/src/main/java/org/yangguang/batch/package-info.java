/** Jakarta Batch jobs: nightly work over the catalog, cases and disclosure requests. */
package org.yangguang.batch;
