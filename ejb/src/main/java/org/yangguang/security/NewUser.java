package org.yangguang.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What the office enters to create a user. */
public record NewUser(
        @NotBlank(message = "请输入用户名")
        @Pattern(regexp = "[a-zA-Z0-9_.-]{3,40}", message = "用户名须为3到40位字母、数字、下划线、点或横线")
        String username,
        @NotBlank(message = "请输入姓名") @Size(max = 60, message = "姓名最多60字") String displayName,
        @NotBlank(message = "请输入初始密码") String password,
        String departmentCode,
        @NotEmpty(message = "至少分配一个角色") Set<Role> roles) {}
