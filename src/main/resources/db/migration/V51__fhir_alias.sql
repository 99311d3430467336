-- Opaque FHIR logical ids: the personnummer never appears in a FHIR URL path.
create table fhir_alias (
    alias      text primary key,
    kind       text not null check (kind in ('PATIENT', 'CERTIFICATE')),
    ref        text not null,
    patient_id char(12) not null,
    unique (kind, ref)
);
