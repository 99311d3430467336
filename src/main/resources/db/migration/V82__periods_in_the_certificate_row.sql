-- A certificate's periods are stored in its own row (issue 13: the import at >= 20 000
-- certificates/s). Measured per batch of 10 000 certificates (~1.2 periods each) on the 2-core
-- machine, the separate certificate_period table cost about as much as the certificates
-- themselves: ~12 000 more heap and primary-key entries, one foreign-key check per period row
-- and the V81 stamp trigger's lookup of each period's certificate, ~240-300 ms of ~1 000 ms.
-- Periods are never read or written without their certificate (one repository reads and writes
-- both), so three parallel arrays in the certificate row say the same: element i of each is
-- period i, in the order the certificate lists them.
alter table certificate
    add column period_from   date[],
    add column period_to     date[],
    add column period_degree smallint[];

update certificate c set period_from = p.froms, period_to = p.tos, period_degree = p.degrees
from (select care_provider_id, certificate_id, array_agg(from_date order by ordinal) as froms,
             array_agg(to_date order by ordinal) as tos, array_agg(degree order by ordinal) as degrees
      from certificate_period group by care_provider_id, certificate_id) p
where p.care_provider_id = c.care_provider_id and p.certificate_id = c.id;

-- The rules certificate_period's columns and checks kept, now per element: at least one period,
-- the three arrays one-dimensional and of equal length, no missing date, the four degrees of sick
-- leave, and no period that ends before it starts. A certificate without periods was never
-- accepted by the import's validation; if one exists, this migration stops rather than invent a
-- period for it. Plain expressions and a PL/pgSQL loop: a SQL function with a subquery over
-- unnest() cost 60-100 ms per 10 000 inserted rows, these cost nothing measurable.
create function periods_in_order(froms date[], tos date[]) returns boolean language plpgsql immutable as $$
begin
    for i in 1 .. cardinality(froms) loop
        if froms[i] > tos[i] then
            return false;
        end if;
    end loop;
    return true;
end $$;

alter table certificate
    alter column period_from set not null,
    alter column period_to set not null,
    alter column period_degree set not null,
    add constraint certificate_periods_valid check (
        array_ndims(period_from) = 1 and array_ndims(period_to) = 1 and array_ndims(period_degree) = 1
        and cardinality(period_from) >= 1
        and cardinality(period_to) = cardinality(period_from) and cardinality(period_degree) = cardinality(period_from)
        and array_position(period_from, null) is null and array_position(period_to, null) is null
        and period_degree <@ '{25,50,75,100}'::smallint[]
        and periods_in_order(period_from, period_to));

-- A change of periods is now an update of the certificate row: certificate_version_update (V80)
-- stamps the unit, and the period triggers of V80/V81 go with their table.
drop table certificate_period;
drop function period_stamp_new();
drop function period_stamp_old();
drop function period_stamp_both();
