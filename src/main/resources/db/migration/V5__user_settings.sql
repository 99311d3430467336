-- Per-user settings of the sick-leave overview.
create table user_setting (
    user_hsa_id        text primary key references app_user (hsa_id),
    max_gap_days       int not null default 5 check (max_gap_days between 0 and 90),
    ended_within_days  int not null default 0 check (ended_within_days between 0 and 14),
    default_unit_id    text references care_unit (id),
    overview_layout    text
);
