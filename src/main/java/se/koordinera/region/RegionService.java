package se.koordinera.region;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.koordinera.shared.NotFoundException;
import se.koordinera.shared.RequestMemo;

/** Regions, their care units and policies. */
@Service
public class RegionService {

    private final JdbcClient jdbc;

    public RegionService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String MEMO = "RegionService.unit.";

    /** One read per request: the overview's list, its badge and the page's header each look the unit up. */
    public Optional<CareUnit> findUnit(String unitId) {
        return RequestMemo.get(MEMO + unitId,
                () -> jdbc.sql("select * from care_unit where id = ?").param(unitId).query(CareUnit.class).optional());
    }

    public CareUnit unit(String unitId) {
        return findUnit(unitId).orElseThrow(() -> new NotFoundException("Vårdenheten " + unitId + " finns inte"));
    }

    public Map<String, CareUnit> units(Collection<String> unitIds) {
        return jdbc.sql("select * from care_unit where id = any(?)").param(unitIds.toArray(String[]::new))
                .query(CareUnit.class).list().stream().collect(Collectors.toMap(CareUnit::id, Function.identity()));
    }

    public Region regionOfUnit(String unitId) {
        return jdbc.sql("select r.* from region r join care_unit u on u.region_id = r.id where u.id = ?").param(unitId)
                .query(Region.class).optional()
                .orElseThrow(() -> new NotFoundException("Vårdenheten " + unitId + " finns inte"));
    }

    public Optional<Region> findRegion(String regionId) {
        return jdbc.sql("select * from region where id = ?").param(regionId).query(Region.class).optional();
    }

    /** Every care unit of every region (the certificate feed's default units). */
    public List<CareUnit> allUnits() {
        return jdbc.sql("select * from care_unit order by id").query(CareUnit.class).list();
    }

    public List<CareUnit> unitsOfRegion(String regionId) {
        return jdbc.sql("select * from care_unit where region_id = ? order by name").param(regionId).query(CareUnit.class).list();
    }

    /** Whether the user is the unit's verksamhetschef (HSA: the unit's manager attribute). */
    public boolean isManagerOf(String unitId, String userHsaId) {
        return jdbc.sql("select exists (select 1 from care_unit where id = ? and manager_hsa_id = ?)").params(unitId, userHsaId)
                .query(Boolean.class).single();
    }

    @Transactional
    public void setManager(String unitId, String userHsaId) {
        jdbc.sql("update care_unit set manager_hsa_id = ? where id = ?").params(userHsaId, unitId).update();
        RequestMemo.forget(MEMO);
    }

    @Transactional
    public void saveRegion(Region region) {
        jdbc.sql("""
                insert into region (id, name, preventive_coordination) values (?, ?, ?)
                on conflict (id) do update set name = excluded.name, preventive_coordination = excluded.preventive_coordination""")
                .params(region.id(), region.name(), region.preventiveCoordination()).update();
    }

    /**
     * Saves many units in one statement (a region's whole unit list, e.g. the benchmark region of
     * 250 units); a unit whose stored values are equal is left untouched, so re-saving costs no writes.
     */
    @Transactional
    public void saveUnits(List<CareUnit> units) {
        jdbc.sql("""
                insert into care_unit (id, region_id, name, address, phone)
                select * from unnest(:ids::text[], :regions::text[], :names::text[], :addresses::text[], :phones::text[])
                on conflict (id) do update set region_id = excluded.region_id, name = excluded.name,
                  address = excluded.address, phone = excluded.phone
                where (care_unit.region_id, care_unit.name, care_unit.address, care_unit.phone)
                  is distinct from (excluded.region_id, excluded.name, excluded.address, excluded.phone)""")
                .param("ids", units.stream().map(CareUnit::id).toArray(String[]::new))
                .param("regions", units.stream().map(CareUnit::regionId).toArray(String[]::new))
                .param("names", units.stream().map(CareUnit::name).toArray(String[]::new))
                .param("addresses", units.stream().map(CareUnit::address).toArray(String[]::new))
                .param("phones", units.stream().map(CareUnit::phone).toArray(String[]::new))
                .update();
        RequestMemo.forget(MEMO);
    }

    @Transactional
    public void saveUnit(CareUnit unit) {
        jdbc.sql("""
                insert into care_unit (id, region_id, name, address, phone) values (?, ?, ?, ?, ?)
                on conflict (id) do update set region_id = excluded.region_id, name = excluded.name,
                  address = excluded.address, phone = excluded.phone""")
                .params(unit.id(), unit.regionId(), unit.name(), unit.address(), unit.phone()).update();
        RequestMemo.forget(MEMO);
    }
}
