-- The key of the opaque patient references in page URLs (web.PatientReferences): one random AES
-- key per installation, made by the first node that needs it, shared by all nodes. Page URLs then
-- carry no personnummer (access logs, proxies, browser history), and a reference cannot be made
-- or read without the key.
create table page_reference_key (
    id   smallint primary key check (id = 1),
    key  bytea not null check (length(key) = 16)
);
