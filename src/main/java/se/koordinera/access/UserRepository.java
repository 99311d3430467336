package se.koordinera.access;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users and their HSA assignments, as provisioned by the region (or seeded in demo mode). */
@Repository
class UserRepository {

    /** A user with their assignments in one statement (no query per user), as "unit|PURPOSE" texts. */
    private static final String SELECT = """
            select u.*, array(select a.unit_id || '|' || a.purpose from assignment a where a.user_hsa_id = u.hsa_id
              order by a.unit_id, a.purpose) as assignment_list from app_user u""";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<KoordineraUser> findByHsaId(String hsaId) {
        return jdbc.sql(SELECT + " where u.hsa_id = ?").param(hsaId)
                .query((rs, n) -> map(rs)).optional();
    }

    /** A local account (demo mode): the user and its password hash. */
    Optional<LocalAccount> findLocalAccount(String username) {
        return jdbc.sql(SELECT + " where u.username = ?").param(username)
                .query((rs, n) -> new LocalAccount(rs.getString("username"), rs.getString("password_hash"), map(rs))).optional();
    }

    List<KoordineraUser> findAssignedTo(String unitId) {
        return jdbc.sql("""
                %s where exists
                  (select 1 from assignment a where a.user_hsa_id = u.hsa_id and a.unit_id = ?) order by u.name""".formatted(SELECT))
                .param(unitId).query((rs, n) -> map(rs)).list();
    }

    void save(KoordineraUser user, String username, String passwordHash) {
        jdbc.sql("""
                insert into app_user (hsa_id, username, password_hash, name, profession, licensed, insurance_medicine_training, roles)
                values (:hsa, :username, :hash, :name, :profession, :licensed, :training, :roles::text[])
                on conflict (hsa_id) do update set username = excluded.username, password_hash = excluded.password_hash,
                  name = excluded.name, profession = excluded.profession, licensed = excluded.licensed,
                  insurance_medicine_training = excluded.insurance_medicine_training, roles = excluded.roles""")
                .param("hsa", user.hsaId()).param("username", username).param("hash", passwordHash)
                .param("name", user.name()).param("profession", user.profession()).param("licensed", user.licensed())
                .param("training", user.insuranceMedicineTraining())
                .param("roles", "{" + user.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")) + "}")
                .update();
        jdbc.sql("delete from assignment where user_hsa_id = ?").param(user.hsaId()).update();
        for (Assignment a : user.assignments()) {
            jdbc.sql("insert into assignment (user_hsa_id, unit_id, purpose) values (?, ?, ?)")
                    .params(user.hsaId(), a.unitId(), a.purpose().name()).update();
        }
    }

    private static KoordineraUser map(ResultSet rs) throws SQLException {
        String hsaId = rs.getString("hsa_id");
        Array rolesArray = rs.getArray("roles");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream((String[]) rolesArray.getArray()).map(Role::valueOf).forEach(roles::add);
        List<Assignment> assignments = Arrays.stream((String[]) rs.getArray("assignment_list").getArray()).map(a -> {
            int bar = a.lastIndexOf('|');
            return new Assignment(a.substring(0, bar), Purpose.valueOf(a.substring(bar + 1)));
        }).toList();
        return new KoordineraUser(hsaId, rs.getString("name"), rs.getString("profession"), rs.getBoolean("licensed"),
                rs.getBoolean("insurance_medicine_training"), roles, assignments);
    }

    record LocalAccount(String username, String passwordHash, KoordineraUser user) {
    }
}
