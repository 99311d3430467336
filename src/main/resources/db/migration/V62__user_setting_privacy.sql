-- The overview's privacy switch ("Dölj namn och personnummer") is kept per user, like the other
-- overview settings, and also applies on the patient page (issue 12 item 11).
alter table user_setting add column hide_identity boolean not null default false;
