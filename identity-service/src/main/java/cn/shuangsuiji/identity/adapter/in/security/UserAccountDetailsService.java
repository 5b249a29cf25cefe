package cn.shuangsuiji.identity.adapter.in.security;

import cn.shuangsuiji.identity.application.port.in.FindUser;
import cn.shuangsuiji.identity.domain.IdentityRefusal;
import cn.shuangsuiji.identity.domain.UserAccount;
import cn.shuangsuiji.identity.domain.Username;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Lets the login form check users from the store (BCrypt hashes); disabled users cannot log in. */
public class UserAccountDetailsService implements UserDetailsService {

    private final FindUser users;

    public UserAccountDetailsService(FindUser users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account;
        try {
            account = users.find(new Username(username)).orElseThrow(() -> new UsernameNotFoundException(username));
        } catch (IdentityRefusal invalidName) {
            throw new UsernameNotFoundException(username);
        }
        return User.withUsername(account.username().value())
                .password("{bcrypt}" + account.passwordHash())
                .disabled(!account.enabled())
                .roles(account.profile().roleCodes().toArray(String[]::new))
                .build();
    }
}
