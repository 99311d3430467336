-- Issue 14 item 7: a user's named filter sets per page (overview, worklist). Only filter values are
-- stored, never a personnummer (the service drops a search that looks like one). Not patient data.
create table saved_view (
    id          bigserial primary key,
    user_hsa_id text not null,
    page        text not null check (page in ('OVERVIEW', 'WORKLIST')),
    name        text not null check (length(name) between 1 and 60),
    query       text not null check (length(query) <= 2000),
    created_at  timestamptz not null default now(),
    unique (user_hsa_id, page, name)
);
