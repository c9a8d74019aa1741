-- Team schema version 4 (issue 19): what the server refused from a laptop, told to the teamleider.
-- An item the server refuses waits in quarantine on the laptop that wrote it (most often: written
-- offline for a participant handed to a colleague meanwhile). The server never had it, so without
-- this only that laptop would know. Each sync, a laptop puts here what waits in its quarantine,
-- and takes off what no longer does: which item, about which participant number, what kind of
-- data, why it was refused, how often it was tried. Never the item's content: the teamleider
-- decides from this (hand the participant back, so the laptop sends it) and the content follows
-- the usual way once accepted. A laptop writes its own rows only; it and the teamleider of its
-- team read them.
SET LOCAL ROLE thuis_eigenaar;

CREATE TABLE thuis.geweigerd (
    melder name NOT NULL DEFAULT current_user,
    team text NOT NULL REFERENCES thuis.team (id),
    item uuid NOT NULL,
    deelnemer text NOT NULL CHECK (length(deelnemer) <= 40),
    entiteit text NOT NULL CHECK (length(entiteit) <= 60),
    reden text NOT NULL CHECK (length(reden) <= 1000),
    pogingen integer NOT NULL CHECK (pogingen >= 0),
    sinds timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (melder, item)
);
ALTER TABLE thuis.geweigerd ENABLE ROW LEVEL SECURITY;
ALTER TABLE thuis.geweigerd FORCE ROW LEVEL SECURITY;
CREATE POLICY eigen ON thuis.geweigerd FOR ALL
    USING (melder = current_user)
    WITH CHECK (melder = current_user AND team = (SELECT thuis.team_van(current_user)));
CREATE POLICY teamleider_inzien ON thuis.geweigerd FOR SELECT
    USING ((SELECT thuis.is_teamleider(current_user)) AND team = (SELECT thuis.team_van(current_user)));
GRANT SELECT, DELETE ON thuis.geweigerd TO thuis_begeleider, thuis_teamleider;
GRANT INSERT (team, item, deelnemer, entiteit, reden, pogingen), UPDATE (reden, pogingen)
    ON thuis.geweigerd TO thuis_begeleider, thuis_teamleider;

RESET ROLE;
