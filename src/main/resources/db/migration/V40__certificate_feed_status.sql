-- The certificate feed from Intygstjänsten: per care unit the last successful sync and the last error,
-- for the region administrator's page and /actuator/health. claimed_until keeps two nodes from
-- syncing the same unit on the same schedule tick.
create table certificate_feed_status (
    unit_id          text primary key references care_unit (id),
    last_success_at  timestamptz,
    last_result      text,
    last_error_at    timestamptz,
    last_error       text,
    claimed_until    timestamptz
);
