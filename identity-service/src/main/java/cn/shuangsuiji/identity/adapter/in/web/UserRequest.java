package cn.shuangsuiji.identity.adapter.in.web;

import java.util.List;

/** Body of {@code PUT /api/identity/users/{username}}: the complete user (create or replace). */
public record UserRequest(String password, String name, List<String> roles, String department, String jurisdiction,
                          String inspectorId) {
}
