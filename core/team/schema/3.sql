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

-- Every handover on the server's own record, in the transaction that makes it: from whom, to
-- whom, by whom, when. The laptops' audit rows ('overdracht') say the same, but a laptop can die
-- between the server's commit and its own; the server cannot.
CREATE TABLE thuis.overdracht (
    deelnemer text NOT NULL REFERENCES thuis.deelnemer (id),
    van name NOT NULL,
    naar name NOT NULL,
    door name NOT NULL DEFAULT session_user,
    op timestamptz NOT NULL DEFAULT now()
);
CREATE FUNCTION thuis.overdracht_vastleggen() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    INSERT INTO thuis.overdracht (deelnemer, van, naar) VALUES (NEW.id, OLD.begeleider, NEW.begeleider);
    RETURN NULL;
END
$$;
CREATE TRIGGER overdracht_vastleggen AFTER UPDATE OF begeleider ON thuis.deelnemer FOR EACH ROW
    WHEN (OLD.begeleider IS DISTINCT FROM NEW.begeleider) EXECUTE FUNCTION thuis.overdracht_vastleggen();
GRANT SELECT ON thuis.overdracht TO thuis_beheerder;

RESET ROLE;
