-- Team server schema, version 1 (issue 18). Run by TeamSchema in one transaction, as a role
-- that may create roles (the beheerder's, or postgres on a new server).
--
-- Who may do what is the database's business, not the client's: a NOLOGIN owner owns every
-- table (and so is the only one who could bypass row-level security; nobody logs in as it),
-- the group roles get only the grants their work needs, and FORCE ROW LEVEL SECURITY limits
-- every row with personal data to the participants assigned to the user (begeleider) or to
-- the user's team (teamleider). The author of a row is current_user, never a client's claim.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'thuis_eigenaar') THEN
        CREATE ROLE thuis_eigenaar NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'thuis_begeleider') THEN
        CREATE ROLE thuis_begeleider NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'thuis_teamleider') THEN
        CREATE ROLE thuis_teamleider NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'thuis_beheerder') THEN
        CREATE ROLE thuis_beheerder NOLOGIN;
    END IF;
    -- Makes and removes the people's login roles, only through the functions below: no person
    -- ever has CREATEROLE, which in PostgreSQL 15 could grant itself any role (the owner's too).
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'thuis_personeelsbeheer') THEN
        CREATE ROLE thuis_personeelsbeheer NOLOGIN CREATEROLE;
    END IF;
END
$$;

CREATE SCHEMA thuis AUTHORIZATION thuis_eigenaar;
REVOKE ALL ON SCHEMA thuis FROM PUBLIC;
GRANT USAGE ON SCHEMA thuis TO thuis_begeleider, thuis_teamleider, thuis_beheerder, thuis_personeelsbeheer;
GRANT pg_signal_backend TO thuis_personeelsbeheer; -- to end a removed person's open sessions
SET LOCAL ROLE thuis_eigenaar;

CREATE TABLE thuis.schema_versie (versie integer NOT NULL);
INSERT INTO thuis.schema_versie VALUES (0);

-- laatste_positie: the team's pull cursor. Every item takes the next position while holding
-- this row's lock until its transaction ends, so positions become visible in order and a
-- reader paging by position never skips one committed late (a bare sequence would).
CREATE TABLE thuis.team (
    id text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9][A-Za-z0-9 ._-]{0,59}$'),
    laatste_positie bigint NOT NULL DEFAULT 0
);

CREATE TABLE thuis.medewerker (
    rol name PRIMARY KEY,
    team text NOT NULL REFERENCES thuis.team (id),
    functie text NOT NULL CHECK (functie IN ('begeleider', 'teamleider', 'beheerder')),
    actief boolean NOT NULL DEFAULT true
);

CREATE TABLE thuis.deelnemer (
    id text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9._/-]{1,40}$'),
    team text NOT NULL REFERENCES thuis.team (id),
    begeleider name NOT NULL REFERENCES thuis.medewerker (rol),
    laatste_volgnummer bigint NOT NULL DEFAULT 0,
    aangemaakt_door name NOT NULL DEFAULT current_user,
    aangemaakt_op timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX deelnemer_per_begeleider ON thuis.deelnemer (begeleider);

-- Everything a laptop sends: events, participant changes, form versions, signatures and audit
-- rows, each with the id the laptop gave it. The same id twice is one item (the primary key,
-- not a query, decides); volgnummer orders a participant's items, positie a team's.
CREATE TABLE thuis.item (
    uuid uuid PRIMARY KEY,
    deelnemer text NOT NULL REFERENCES thuis.deelnemer (id),
    soort text NOT NULL CHECK (soort IN ('gebeurtenis', 'deelnemer', 'formulier', 'handtekening', 'audit')),
    inhoud jsonb NOT NULL,
    basis bigint NOT NULL CHECK (basis >= 0), -- the last volgnummer the laptop knew
    volgnummer bigint NOT NULL,
    team text NOT NULL REFERENCES thuis.team (id),
    positie bigint NOT NULL,
    auteur name NOT NULL DEFAULT current_user,
    ontvangen timestamptz NOT NULL DEFAULT now(),
    UNIQUE (deelnemer, volgnummer),
    UNIQUE (team, positie)
);

-- Who the user is, for the policies: read as the owner, so that a user needs no grant on the
-- staff table to be recognised. `rol` is the caller's current_user, passed in; the answer is
-- NULL for anyone but the connected person (no looking up colleagues or other teams), for a
-- SET ROLE to a group role, and for a person removed (inactive).
CREATE FUNCTION thuis.team_van(rol name) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT team FROM thuis.medewerker
          WHERE medewerker.rol = team_van.rol AND team_van.rol = session_user AND actief $$;
-- A teamleider: so in the staff table and a member of the teamleiders' group role.
CREATE FUNCTION thuis.is_teamleider(rol name) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT coalesce((SELECT functie = 'teamleider' FROM thuis.medewerker
                           WHERE medewerker.rol = is_teamleider.rol AND is_teamleider.rol = session_user AND actief), false)
                 AND pg_has_role(is_teamleider.rol, 'thuis_teamleider', 'MEMBER') $$;
-- Whether `rol` may be given participants in `team` (an active begeleider or teamleider there):
-- answered only for the caller's own team.
CREATE FUNCTION thuis.begeleidt_in(rol name, team text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT EXISTS (SELECT FROM thuis.medewerker m
                         WHERE m.rol = begeleidt_in.rol AND m.team = begeleidt_in.team AND m.actief
                           AND m.functie IN ('begeleider', 'teamleider')
                           AND begeleidt_in.team = (SELECT team FROM thuis.medewerker
                                                    WHERE medewerker.rol = session_user AND actief)) $$;

-- The server numbers every item: the participant's next volgnummer and the team's next
-- positie, taking both rows' locks until the transaction ends.
CREATE FUNCTION thuis.item_nummeren() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    -- The team row first, then the participant's: one lock order for every writer, so two
    -- batches for several participants cannot deadlock. (A participant's team never changes.)
    SELECT team INTO NEW.team FROM thuis.deelnemer WHERE id = NEW.deelnemer;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'deelnemer % bestaat niet', NEW.deelnemer USING ERRCODE = 'foreign_key_violation';
    END IF;
    PERFORM FROM thuis.team WHERE id = NEW.team FOR UPDATE;
    -- The same id again (a lost acknowledgement, sent twice): already here, so nothing happens
    -- and no number is used up. Seen after the team lock, so a concurrent twin has committed.
    IF EXISTS (SELECT FROM thuis.item WHERE uuid = NEW.uuid) THEN
        RETURN NULL;
    END IF;
    UPDATE thuis.team SET laatste_positie = laatste_positie + 1
        WHERE id = NEW.team RETURNING laatste_positie INTO NEW.positie;
    UPDATE thuis.deelnemer SET laatste_volgnummer = laatste_volgnummer + 1
        WHERE id = NEW.deelnemer RETURNING laatste_volgnummer INTO NEW.volgnummer;
    NEW.ontvangen := now();
    RETURN NEW;
END
$$;
CREATE TRIGGER item_nummeren BEFORE INSERT ON thuis.item FOR EACH ROW EXECUTE FUNCTION thuis.item_nummeren();

-- What was received is never changed or removed, not even by the owner.
CREATE FUNCTION thuis.alleen_toevoegen() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'items worden alleen toegevoegd, nooit gewijzigd of verwijderd'
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER item_alleen_toevoegen BEFORE UPDATE OR DELETE ON thuis.item
    FOR EACH ROW EXECUTE FUNCTION thuis.alleen_toevoegen();

ALTER TABLE thuis.deelnemer ENABLE ROW LEVEL SECURITY;
ALTER TABLE thuis.deelnemer FORCE ROW LEVEL SECURITY;
ALTER TABLE thuis.item ENABLE ROW LEVEL SECURITY;
ALTER TABLE thuis.item FORCE ROW LEVEL SECURITY;
ALTER TABLE thuis.medewerker ENABLE ROW LEVEL SECURITY;
ALTER TABLE thuis.medewerker FORCE ROW LEVEL SECURITY;

-- A begeleider: the participants assigned to them. A teamleider: the whole team. Only while
-- active: a removed person's session that is still open sees and writes nothing.
CREATE POLICY zichtbaar ON thuis.deelnemer FOR SELECT
    USING (thuis.team_van(current_user) IS NOT NULL
           AND (begeleider = current_user
                OR (thuis.is_teamleider(current_user) AND team = thuis.team_van(current_user))));
CREATE POLICY aanmelden ON thuis.deelnemer FOR INSERT
    WITH CHECK (team = thuis.team_van(current_user) AND thuis.begeleidt_in(begeleider, team)
                AND (begeleider = current_user OR thuis.is_teamleider(current_user)));
-- Assigning (team assign): the teamleider, within the team, to an active begeleider of it.
CREATE POLICY toewijzen ON thuis.deelnemer FOR UPDATE
    USING (thuis.is_teamleider(current_user) AND team = thuis.team_van(current_user))
    WITH CHECK (team = thuis.team_van(current_user) AND thuis.begeleidt_in(begeleider, team));
-- The numbering trigger runs as the owner, which needs to see and update every participant.
CREATE POLICY nummeren ON thuis.deelnemer FOR ALL TO thuis_eigenaar USING (true) WITH CHECK (true);

CREATE POLICY zichtbaar ON thuis.item FOR SELECT
    USING (EXISTS (SELECT FROM thuis.deelnemer d WHERE d.id = item.deelnemer));
CREATE POLICY toevoegen ON thuis.item FOR INSERT
    WITH CHECK (thuis.team_van(current_user) IS NOT NULL
                AND EXISTS (SELECT FROM thuis.deelnemer d WHERE d.id = item.deelnemer
                            AND (d.begeleider = current_user
                                 OR (thuis.is_teamleider(current_user) AND d.team = thuis.team_van(current_user)))));
CREATE POLICY nummeren ON thuis.item FOR SELECT TO thuis_eigenaar USING (true);

-- Colleagues of the own team (whom to hand a participant to); people management sees all
-- staff (names, teams, functions: no participant data).
CREATE POLICY collegas ON thuis.medewerker FOR SELECT USING (team = thuis.team_van(current_user));
CREATE POLICY beheer_inzien ON thuis.medewerker FOR SELECT TO thuis_beheerder USING (true);
CREATE POLICY personeelsbeheer ON thuis.medewerker FOR ALL TO thuis_personeelsbeheer USING (true) WITH CHECK (true);
CREATE POLICY eigenaar ON thuis.medewerker FOR ALL TO thuis_eigenaar USING (true) WITH CHECK (true);

-- People in and out, only through these (EXECUTE for the beheerder): the function's owner may
-- create roles, the beheerder may not. A person gets exactly one group role, their function's.
CREATE FUNCTION thuis.persoon_toevoegen(naam text, functie text, team text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF naam !~ '^[a-z][a-z0-9_]{0,62}$' OR naam LIKE 'pg\_%' OR naam LIKE 'thuis\_%' OR naam = 'postgres' THEN
        RAISE EXCEPTION 'ongeldige naam %', naam USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF functie NOT IN ('begeleider', 'teamleider', 'beheerder') THEN
        RAISE EXCEPTION 'onbekende functie %', functie USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO thuis.team (id) VALUES (persoon_toevoegen.team) ON CONFLICT DO NOTHING;
    EXECUTE format('CREATE ROLE %I LOGIN IN ROLE %I', naam, 'thuis_' || functie);
    INSERT INTO thuis.medewerker (rol, team, functie) VALUES (naam, persoon_toevoegen.team, persoon_toevoegen.functie);
END
$$;
-- verifier: a SCRAM-SHA-256 verifier made by the program, never the password itself, so that
-- no log or statement view ever holds a password.
CREATE FUNCTION thuis.wachtwoord_zetten(naam text, verifier text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF NOT EXISTS (SELECT FROM thuis.medewerker WHERE rol = naam AND actief) THEN
        RAISE EXCEPTION 'geen actieve medewerker %', naam USING ERRCODE = 'undefined_object';
    END IF;
    IF verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'geen SCRAM-SHA-256-verifier' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', naam, verifier);
END
$$;
-- Out: no login, no group role, open sessions ended; their rows and authorship stay.
CREATE FUNCTION thuis.persoon_verwijderen(naam text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    functie text;
BEGIN
    UPDATE thuis.medewerker SET actief = false WHERE rol = naam AND actief RETURNING medewerker.functie INTO functie;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'geen actieve medewerker %', naam USING ERRCODE = 'undefined_object';
    END IF;
    EXECUTE format('ALTER ROLE %I NOLOGIN', naam);
    EXECUTE format('REVOKE %I FROM %I', 'thuis_' || functie, naam);
    PERFORM pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = naam;
END
$$;
REVOKE EXECUTE ON FUNCTION thuis.persoon_toevoegen(text, text, text), thuis.wachtwoord_zetten(text, text),
    thuis.persoon_verwijderen(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION thuis.persoon_toevoegen(text, text, text), thuis.wachtwoord_zetten(text, text),
    thuis.persoon_verwijderen(text) TO thuis_beheerder;

GRANT SELECT, INSERT ON thuis.team TO thuis_personeelsbeheer;
GRANT SELECT, INSERT, UPDATE ON thuis.medewerker TO thuis_personeelsbeheer;
GRANT SELECT ON thuis.medewerker TO thuis_begeleider, thuis_teamleider, thuis_beheerder;
GRANT SELECT ON thuis.deelnemer TO thuis_begeleider, thuis_teamleider;
GRANT INSERT (id, team, begeleider) ON thuis.deelnemer TO thuis_begeleider, thuis_teamleider;
GRANT UPDATE (begeleider) ON thuis.deelnemer TO thuis_teamleider;
-- Only the laptop's columns: the author, the numbers and the moment are the server's.
GRANT SELECT ON thuis.item TO thuis_begeleider, thuis_teamleider;
GRANT INSERT (uuid, deelnemer, soort, inhoud, basis) ON thuis.item TO thuis_begeleider, thuis_teamleider;
GRANT SELECT ON thuis.schema_versie TO thuis_begeleider, thuis_teamleider, thuis_beheerder;
REVOKE EXECUTE ON FUNCTION thuis.team_van(name), thuis.is_teamleider(name), thuis.begeleidt_in(name, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION thuis.team_van(name), thuis.is_teamleider(name), thuis.begeleidt_in(name, text)
    TO thuis_begeleider, thuis_teamleider, thuis_beheerder;
REVOKE EXECUTE ON FUNCTION thuis.item_nummeren(), thuis.alleen_toevoegen() FROM PUBLIC;

RESET ROLE;

-- Back as the migrating role: the people functions belong to the role that may create roles.
ALTER FUNCTION thuis.persoon_toevoegen(text, text, text) OWNER TO thuis_personeelsbeheer;
ALTER FUNCTION thuis.wachtwoord_zetten(text, text) OWNER TO thuis_personeelsbeheer;
ALTER FUNCTION thuis.persoon_verwijderen(text) OWNER TO thuis_personeelsbeheer;
