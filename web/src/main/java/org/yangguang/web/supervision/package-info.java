/**
 * The supervision office's screens (workspace, findings, scores, drill-downs, rules, evaluation
 * runs, complaints), the departments' card answers, and the public complaint form and tracking.
 */
package org.yangguang.web.supervision;
