/**
 * 关注度分析: what the public writes about and how well it is answered — letters by month,
 * category, department and topic (keywords by Chinese word segmentation), answer times on the
 * working-day calendar, the share answered on time, and the rating results (好差评).
 */
package org.yangguang.interaction.attention;
