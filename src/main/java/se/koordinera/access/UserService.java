package se.koordinera.access;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The users (HSA persons) and their assignments (medarbetaruppdrag): the one way other features reach them. */
@Service
public class UserService {

    private final UserRepository users;

    UserService(UserRepository users) {
        this.users = users;
    }

    public Optional<KoordineraUser> find(String hsaId) {
        return users.findByHsaId(hsaId);
    }

    /** Everyone with an assignment (of any purpose) for the unit, by name. */
    public List<KoordineraUser> assignedTo(String unitId) {
        return users.findAssignedTo(unitId);
    }

    /**
     * Provisions a user with roles and assignments (replacing earlier ones), with a local account
     * when {@code username} is given (demo mode and tests; production users log in through the IdP).
     */
    @Transactional
    public void provision(KoordineraUser user, String username, String passwordHash) {
        users.save(user, username, passwordHash);
    }
}
