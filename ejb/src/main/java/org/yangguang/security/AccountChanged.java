package org.yangguang.security;

/** An account's password, roles or state changed: whoever caches its verified credentials forgets them. */
public record AccountChanged(String username) {}
