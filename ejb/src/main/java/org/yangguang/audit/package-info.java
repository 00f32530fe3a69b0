/** The append-only audit trail of who did what, viewable by the office. */
package org.yangguang.audit;
