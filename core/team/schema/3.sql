-- Team schema version 3 (issue 19).
SET LOCAL ROLE thuis_eigenaar;

-- An item that lands wakes the colleagues' laptops, so a teamleider's dashboard follows the team
-- within seconds instead of at the next 5-minute sync. After each statement that added items, a
-- NOTIFY on the team's channel: 'thuis_' and a random token of the team's own, which only its
-- members can ask for (thuis.team_kanaal). Anyone on the server may LISTEN to, or NOTIFY, any
-- channel it can name: a token nobody else knows keeps other teams from following this team's
-- activity or waking its laptops. The payload is only the team's newest position; the pull that
-- follows goes by the laptop's own cursor, under row-level security as always. PostgreSQL
-- delivers it when the transaction commits, never for one rolled back.
ALTER TABLE thuis.team ADD COLUMN kanaal text NOT NULL DEFAULT replace(gen_random_uuid()::text, '-', '');
CREATE FUNCTION thuis.team_kanaal() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT kanaal FROM thuis.team WHERE id = thuis.team_van(session_user) $$;
REVOKE EXECUTE ON FUNCTION thuis.team_kanaal() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION thuis.team_kanaal() TO thuis_begeleider, thuis_teamleider;

CREATE FUNCTION thuis.item_melden() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    PERFORM pg_notify('thuis_' || t.kanaal, max(nieuw.positie)::text)
        FROM nieuw JOIN thuis.team t ON t.id = nieuw.team GROUP BY t.kanaal;
    RETURN NULL;
END
$$;
CREATE TRIGGER item_melden AFTER INSERT ON thuis.item REFERENCING NEW TABLE AS nieuw
    FOR EACH STATEMENT EXECUTE FUNCTION thuis.item_melden();

-- A decision on a flagged item (the review queue, an audit item with entiteit 'besluit') is the
-- teamleider's: from anyone else the server refuses it, so no laptop has to trust a colleague's
-- claim. Checked before the item is numbered.
CREATE FUNCTION thuis.besluit_van_teamleider() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF NEW.inhoud ->> 'entiteit' = 'besluit' AND NOT thuis.is_teamleider(session_user) THEN
        RAISE EXCEPTION 'alleen de teamleider beslist over een gemarkeerd item'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
-- Triggers of one event fire in name order: this one before item_nummeren.
CREATE TRIGGER item_besluit BEFORE INSERT ON thuis.item FOR EACH ROW
    EXECUTE FUNCTION thuis.besluit_van_teamleider();

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
