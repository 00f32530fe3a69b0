/** Small building blocks every domain uses: the clock, paging, and the exceptions that map to HTTP statuses. */
package org.yangguang.shared;
