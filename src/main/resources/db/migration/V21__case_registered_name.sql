-- A patient registered by hand for preventive coordination (R4) is known to the unit by the name
-- it recorded, never by data another unit stored about the same personnummer.
alter table coordination_case add column registered_name text;
