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
END
$$;

CREATE SCHEMA thuis AUTHORIZATION thuis_eigenaar;
REVOKE ALL ON SCHEMA thuis FROM PUBLIC;
GRANT USAGE ON SCHEMA thuis TO thuis_begeleider, thuis_teamleider, thuis_beheerder;
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
-- staff table to be recognised. `rol` is the caller's current_user, passed in.
CREATE FUNCTION thuis.team_van(rol name) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT team FROM thuis.medewerker WHERE medewerker.rol = team_van.rol AND actief $$;
CREATE FUNCTION thuis.functie_van(rol name) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT functie FROM thuis.medewerker WHERE medewerker.rol = functie_van.rol AND actief $$;

-- The server numbers every item: the participant's next volgnummer and the team's next
-- positie, taking both rows' locks until the transaction ends.
CREATE FUNCTION thuis.item_nummeren() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    UPDATE thuis.deelnemer SET laatste_volgnummer = laatste_volgnummer + 1
        WHERE id = NEW.deelnemer RETURNING laatste_volgnummer, team INTO NEW.volgnummer, NEW.team;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'deelnemer % bestaat niet', NEW.deelnemer USING ERRCODE = 'foreign_key_violation';
    END IF;
    UPDATE thuis.team SET laatste_positie = laatste_positie + 1
        WHERE id = NEW.team RETURNING laatste_positie INTO NEW.positie;
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

-- A begeleider: the participants assigned to them. A teamleider: the whole team.
CREATE POLICY zichtbaar ON thuis.deelnemer FOR SELECT
    USING (begeleider = current_user
           OR (thuis.functie_van(current_user) = 'teamleider' AND team = thuis.team_van(current_user)));
CREATE POLICY aanmelden ON thuis.deelnemer FOR INSERT
    WITH CHECK (team = thuis.team_van(current_user) AND thuis.team_van(begeleider) = team
                AND (begeleider = current_user OR thuis.functie_van(current_user) = 'teamleider'));
-- Assigning (team assign): the teamleider, within the team.
CREATE POLICY toewijzen ON thuis.deelnemer FOR UPDATE
    USING (thuis.functie_van(current_user) = 'teamleider' AND team = thuis.team_van(current_user))
    WITH CHECK (team = thuis.team_van(current_user) AND thuis.team_van(begeleider) = team);
-- The numbering trigger runs as the owner, which needs to see and update every participant.
CREATE POLICY nummeren ON thuis.deelnemer FOR ALL TO thuis_eigenaar USING (true) WITH CHECK (true);

CREATE POLICY zichtbaar ON thuis.item FOR SELECT
    USING (EXISTS (SELECT FROM thuis.deelnemer d WHERE d.id = item.deelnemer));
CREATE POLICY toevoegen ON thuis.item FOR INSERT
    WITH CHECK (EXISTS (SELECT FROM thuis.deelnemer d WHERE d.id = item.deelnemer
                        AND (d.begeleider = current_user
                             OR (thuis.functie_van(current_user) = 'teamleider'
                                 AND d.team = thuis.team_van(current_user)))));

-- Colleagues of the own team (whom to hand a participant to); the beheerder sees all staff.
CREATE POLICY collegas ON thuis.medewerker FOR SELECT
    USING (team = thuis.team_van(current_user) OR thuis.functie_van(current_user) = 'beheerder');
CREATE POLICY beheren ON thuis.medewerker FOR ALL TO thuis_beheerder USING (true) WITH CHECK (true);
CREATE POLICY eigenaar ON thuis.medewerker FOR ALL TO thuis_eigenaar USING (true) WITH CHECK (true);

GRANT SELECT ON thuis.team TO thuis_begeleider, thuis_teamleider;
GRANT SELECT, INSERT ON thuis.team TO thuis_beheerder;
GRANT SELECT ON thuis.medewerker TO thuis_begeleider, thuis_teamleider;
GRANT SELECT, INSERT, UPDATE ON thuis.medewerker TO thuis_beheerder;
GRANT SELECT ON thuis.deelnemer TO thuis_begeleider, thuis_teamleider;
GRANT INSERT (id, team, begeleider) ON thuis.deelnemer TO thuis_begeleider, thuis_teamleider;
GRANT UPDATE (begeleider) ON thuis.deelnemer TO thuis_teamleider;
-- Only the laptop's columns: the author, the numbers and the moment are the server's.
GRANT SELECT ON thuis.item TO thuis_begeleider, thuis_teamleider;
GRANT INSERT (uuid, deelnemer, soort, inhoud, basis) ON thuis.item TO thuis_begeleider, thuis_teamleider;
GRANT SELECT ON thuis.schema_versie TO thuis_begeleider, thuis_teamleider, thuis_beheerder;
GRANT EXECUTE ON FUNCTION thuis.team_van(name), thuis.functie_van(name) TO thuis_begeleider, thuis_teamleider, thuis_beheerder;
REVOKE EXECUTE ON FUNCTION thuis.item_nummeren(), thuis.alleen_toevoegen() FROM PUBLIC;

RESET ROLE;
