/**
 * Yangguang (阳光政务): the domain of government-affairs disclosure, government services and
 * electronic supervision, one subpackage per domain (catalog, calendar, approval, supervision,
 * disclosure, organization, security, audit).
 */
package org.yangguang;
