package se.koordinera.access;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A local account's principal (demo mode). */
public record LocalUserDetails(String username, String password, KoordineraUser koordineraUser)
        implements UserDetails, KoordineraPrincipal {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities(koordineraUser);
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    static List<GrantedAuthority> authorities(KoordineraUser user) {
        return user.roles().stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }
}
