/**
 * 政民互动 and 好差评: the public's voice about the county's services — ratings of every service
 * ({@code rating}) and the mailbox ({@code letter}).
 */
package org.yangguang.interaction;
