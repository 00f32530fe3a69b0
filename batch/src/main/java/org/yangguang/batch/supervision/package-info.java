/**
 * The nightly supervision evaluation ({@code overdue-evaluation}): a partitioned Jakarta Batch
 * job over ranges of case ids, each range one chunk (one transaction, one checkpoint) of
 * set-based statements; its start, restart and schedule.
 */
package org.yangguang.batch.supervision;
