/**
 * Government information disclosure (政府信息公开, 条例 2019): disclosure requests (依申请公开) with
 * their receipt dates, time limits, reply outcomes as the annual report counts them, and the
 * processing fee; and the deadline of proactive disclosure (主动公开).
 */
package org.yangguang.disclosure;
