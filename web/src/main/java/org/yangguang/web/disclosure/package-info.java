/**
 * Government information disclosure on the web: the portal's application, tracking and correction
 * form, and the editors' list and request page.
 */
package org.yangguang.web.disclosure;
