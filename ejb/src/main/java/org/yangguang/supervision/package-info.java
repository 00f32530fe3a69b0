/**
 * Electronic supervision (电子监察): versioned rules, the findings they raise on cases and
 * departments (预警 warnings, 黄牌 yellow and 红牌 red cards), the correction workflow (纠错/督办)
 * and appeals, complaints (投诉), department scores (绩效考核), and the nightly evaluation that
 * issues the time-based findings set-based over ranges of case ids.
 */
package org.yangguang.supervision;
