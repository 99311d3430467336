-- The care unit's verksamhetschef, as the HSA catalogue records it for the unit. Manager rights
-- (log extracts, approving the routine, unit settings) apply only at the unit one manages.
alter table care_unit add column manager_hsa_id text;
