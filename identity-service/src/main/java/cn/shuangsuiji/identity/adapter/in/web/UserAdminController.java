package cn.shuangsuiji.identity.adapter.in.web;

import cn.shuangsuiji.identity.application.port.in.DisableUser;
import cn.shuangsuiji.identity.application.port.in.FindUser;
import cn.shuangsuiji.identity.application.port.in.SaveUser;
import cn.shuangsuiji.identity.application.port.in.SaveUserCommand;
import cn.shuangsuiji.identity.domain.IdentityRefusal;
import cn.shuangsuiji.identity.domain.Username;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 用户管理 — the admin API for users (PLATFORM_ADMIN tokens only, enforced by the security configuration). */
@RestController
@RequestMapping("/api/identity/users")
class UserAdminController {

    private final SaveUser saveUser;
    private final FindUser findUser;
    private final DisableUser disableUser;

    UserAdminController(SaveUser saveUser, FindUser findUser, DisableUser disableUser) {
        this.saveUser = saveUser;
        this.findUser = findUser;
        this.disableUser = disableUser;
    }

    @PutMapping("/{username}")
    UserResponse save(@PathVariable String username, @RequestBody UserRequest request) {
        return UserResponse.of(saveUser.save(SaveUserCommand.of(username, request.password(), request.name(),
                request.roles(), request.department(), request.jurisdiction(), request.inspectorId())));
    }

    @GetMapping("/{username}")
    UserResponse get(@PathVariable String username) {
        Username name = new Username(username);
        return findUser.find(name).map(UserResponse::of).orElseThrow(() -> IdentityRefusal.userNotFound(name));
    }

    @PostMapping("/{username}/disable")
    UserResponse disable(@PathVariable String username) {
        return UserResponse.of(disableUser.disable(new Username(username)));
    }
}
