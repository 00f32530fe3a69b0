/**
 * Users, roles and login rules. Authentication itself is the server's Jakarta Security: the web
 * module's mechanism and identity store call {@link org.yangguang.security.LoginService}.
 */
package org.yangguang.security;
