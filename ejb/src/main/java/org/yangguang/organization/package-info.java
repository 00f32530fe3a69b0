/** The county's departments: who implements which matters and who handles which cases. */
package org.yangguang.organization;
