-- Logguppföljning (PDL 4 kap. 3 §): the region administrator grants a user the log-review role for
-- a care provider; a log reviewer takes out log extracts across all of that provider's units.
-- Every grant and revocation is a row of its own (append-only): who may review is itself audited.
create table log_review_grant (
    id               bigserial primary key,
    care_provider_id text not null references region (id),
    user_hsa_id      text not null references app_user (hsa_id),
    granted          boolean not null,            -- false: the role was revoked
    changed_by       text not null,
    changed_by_name  text not null,
    changed_at       timestamptz not null default now()
);
create index log_review_grant_provider on log_review_grant (care_provider_id, user_hsa_id, id desc);
select make_append_only('log_review_grant');

-- An access at the level of a care provider (a provider-wide log extract) names the provider in unit_id.
create index access_log_unit_patient on access_log (unit_id, patient_id, time);
