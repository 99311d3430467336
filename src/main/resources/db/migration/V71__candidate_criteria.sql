-- The unit's thresholds for the candidate worklist, part of the unit's routine (R19): every version
-- is kept with who set it; the latest one applies. Without a row the defaults of the application apply.
create table unit_candidate_criteria (
    id                      bigserial primary key,
    unit_id                 text not null references care_unit (id),
    mental_diagnosis        boolean not null,
    repeated_cases_12_months int not null check (repeated_cases_12_months between 2 and 20),
    repeated_days_3_years   int not null check (repeated_days_3_years between 1 and 1095),
    chain_limit_within_days int not null check (chain_limit_within_days between 0 and 90),
    degree_unchanged_weeks  int not null check (degree_unchanged_weeks between 1 and 104),
    ended_within_days       int not null check (ended_within_days between 0 and 365),
    created_at              timestamptz not null default now(),
    created_by              text not null,
    created_by_name         text not null
);
create index unit_candidate_criteria_unit on unit_candidate_criteria (unit_id, id desc);
select make_append_only('unit_candidate_criteria');
