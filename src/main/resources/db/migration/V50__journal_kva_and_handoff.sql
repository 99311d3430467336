-- KVÅ codes of VGR's routine for insurance medicine: GC001 coordination interventions and FK notices,
-- DV077 a return-to-work plan established, AW026 a follow-up of the plan. None carries a diagnosis.
alter table journal_entry drop constraint if exists journal_entry_type_check;
alter table journal_entry add constraint journal_entry_type_check
    check (type in ('INTERVENTION', 'FK_NOTIFICATION', 'CONSENT_GIVEN', 'CONSENT_WITHDRAWN', 'CORRECTION', 'PLAN', 'FOLLOW_UP'));
alter table journal_entry drop constraint if exists journal_entry_kva_check;
alter table journal_entry add constraint journal_entry_kva_check check (kva in ('GC001', 'DV077', 'AW026'));
alter table journal_entry add constraint journal_entry_plan_kva
    check ((type <> 'PLAN' or kva = 'DV077') and (type <> 'FOLLOW_UP' or kva = 'AW026'));

-- Journal hand-off to the EHR (journalunderlag): who marked an entry as transferred, and when.
-- Append-only: "transferred" cannot be undone; at most one mark per entry.
create table journal_transfer (
    journal_entry_id  bigint primary key references journal_entry (id),
    unit_id           text not null references care_unit (id),
    transferred_at    timestamptz not null default now(),
    transferred_by    text not null,
    transferred_by_name text not null
);
select make_append_only('journal_transfer');
