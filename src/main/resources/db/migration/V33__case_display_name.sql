-- The one rule for the name a coordination case shows: a protected identity (skyddade
-- personuppgifter) is never shown; a patient registered by hand shows the name the unit recorded.
create function case_display_name(protected boolean, registered_name text, name text) returns text
    language sql immutable as $$
        select case when protected then 'Skyddade personuppgifter' else coalesce(registered_name, name) end
    $$;
