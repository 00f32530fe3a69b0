/** Pages of 政民互动 and 好差评: rating a case on public tracking and at the window. */
package org.yangguang.web.interaction;
