-- Issue 14 item 7: a booked meeting is moved or cancelled by a new row (meeting is append-only).
-- The number of changes is the iCalendar SEQUENCE of the updated invitation; a cancellation is final.
create table meeting_change (
    id               bigserial primary key,
    meeting_id       bigint not null references meeting (id),
    kind             text not null check (kind in ('MOVE', 'CANCEL')),
    starts_at        timestamptz,
    duration_minutes int check (duration_minutes between 5 and 480),
    reason           text check (length(reason) <= 500),
    journal_entry_id bigint not null references journal_entry (id),
    created_at       timestamptz not null default now(),
    created_by       text not null,
    created_by_name  text not null,
    check ((kind = 'MOVE') = (starts_at is not null and duration_minutes is not null))
);
create index meeting_change_meeting on meeting_change (meeting_id, id);
select make_append_only('meeting_change');

alter table journal_entry drop constraint if exists journal_entry_type_check;
alter table journal_entry add constraint journal_entry_type_check
    check (type in ('INTERVENTION', 'FK_NOTIFICATION', 'CONSENT_GIVEN', 'CONSENT_WITHDRAWN', 'CORRECTION', 'PLAN', 'FOLLOW_UP',
                    'MEETING_CHANGE'));
