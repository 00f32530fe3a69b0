/** Time limits and (coming next) the working-day calendar that turns them into deadlines. */
package org.yangguang.calendar;
