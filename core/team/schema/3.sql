-- Team schema version 3 (issue 19): an item that lands wakes the colleagues' laptops, so a
-- teamleider's dashboard follows the team within seconds instead of at the next 5-minute sync.
-- After each statement that added items, one NOTIFY per team on the channel 'thuis_' || md5(team)
-- (a channel name carries no team name; anyone on the server may LISTEN to any channel), whose
-- payload is only the team's highest position in that statement: no participant, no person, no
-- content. A laptop that hears it pulls by its own cursor, under row-level security as always;
-- one at or below its cursor it already has. PostgreSQL delivers it when the transaction commits,
-- never for one rolled back.
SET LOCAL ROLE thuis_eigenaar;

CREATE FUNCTION thuis.item_melden() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    PERFORM pg_notify('thuis_' || md5(nieuw.team), max(nieuw.positie)::text) FROM nieuw GROUP BY nieuw.team;
    RETURN NULL;
END
$$;
CREATE TRIGGER item_melden AFTER INSERT ON thuis.item REFERENCING NEW TABLE AS nieuw
    FOR EACH STATEMENT EXECUTE FUNCTION thuis.item_melden();

RESET ROLE;
