/** Technical plumbing shared by all domains: schema migration at startup. */
package org.yangguang.infrastructure;
