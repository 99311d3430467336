-- Issue 14 items 4-6: tasks with a deadline per coordination case, what a case waits for, and the
-- responsible person's history (already append-only). Nothing here is ever updated: a task's completion
-- and every change of what a case waits for are new rows, so the history is the table itself.

create table case_task (
    id              bigserial primary key,
    unit_id         text not null references care_unit (id),
    case_id         bigint not null references coordination_case (id),
    title           text not null check (length(title) between 1 and 200),
    reason          text not null check (reason in ('PATIENT', 'EMPLOYER', 'DOCTOR', 'FK', 'AF', 'MUNICIPALITY', 'OTHER')),
    due             date not null,
    assignee_id     text not null,
    assignee_name   text not null,
    created_at      timestamptz not null default now(),
    created_by      text not null,
    created_by_name text not null
);
create index case_task_unit_due on case_task (unit_id, due);
create index case_task_case on case_task (case_id);

-- A task is done once: who and when.
create table case_task_done (
    task_id      bigint primary key references case_task (id),
    done_at      timestamptz not null default now(),
    done_by      text not null,
    done_by_name text not null
);

-- "Väntar på": the latest row of a case is what it waits for now; waiting_for null means it waits for no one.
create table case_waiting (
    id              bigserial primary key,
    case_id         bigint not null references coordination_case (id),
    waiting_for     text check (waiting_for in ('EMPLOYER', 'FK', 'DOCTOR', 'PATIENT', 'OTHER')),
    note            text check (length(note) <= 500),
    check_date      date,
    set_at          timestamptz not null default now(),
    set_by          text not null,
    set_by_name     text not null,
    check ((waiting_for is null) = (check_date is null))
);
create index case_waiting_case on case_waiting (case_id, id desc);

select make_append_only('case_task');
select make_append_only('case_task_done');
select make_append_only('case_waiting');
-- Item 6: case_responsible is append-only since V32, so a reassignment is a new row and the earlier ones are the history.
