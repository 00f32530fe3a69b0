/**
 * Nightly work of government-information disclosure: requests whose applicant let the correction
 * or the payment lapse are closed, the January drafts of the annual reports, and the publication
 * bundle for the public extranet.
 */
package org.yangguang.batch.disclosure;
