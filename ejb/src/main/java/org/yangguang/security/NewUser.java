package org.yangguang.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What the office enters to create a user. */
public record NewUser(
        @NotBlank(message = "{yangguang.user.username.required}")
        @Pattern(regexp = "[a-zA-Z0-9_.-]{3,40}", message = "{yangguang.user.username.format}")
        String username,
        @NotBlank(message = "{yangguang.user.displayName.required}") @Size(max = 60, message = "{yangguang.user.displayName.size}") String displayName,
        @NotBlank(message = "{yangguang.user.password.required}") String password,
        String departmentCode,
        @NotEmpty(message = "{yangguang.user.roles.required}") Set<Role> roles) {}
