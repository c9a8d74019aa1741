-- Team schema version 5 (issue 17): the server as the anchor of each laptop's audit chain.
-- Every item a laptop sends carries its audit row's place and link in that laptop's chain
-- (`auditrij`, `schakel`) and, from this version of the program on, which chain (`keten`: an id
-- derived from the chain's key, so a laptop's own and stable across a new passphrase). Someone
-- with the passphrase can rewrite a case file's chain so that it fits again; they cannot rewrite
-- what the server received (items are append-only). `thuisindewijk-cli audit verify` asks here for
-- the links its own chain sent and checks that the chain still passes through them
-- (docs/audit.md §3). A user sees only the links they sent themselves, never an item's content,
-- and only while active: so a begeleider also finds the links of participants handed on since.
SET LOCAL ROLE thuis_eigenaar;

CREATE INDEX item_per_keten ON thuis.item (auteur, (inhoud->>'keten')) WHERE inhoud ? 'keten';

CREATE FUNCTION thuis.eigen_schakels(keten text)
    RETURNS TABLE (auditrij bigint, schakel text, wanneer text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT (i.inhoud->>'auditrij')::bigint, i.inhoud->>'schakel', i.inhoud->>'wanneer'
          FROM thuis.item i
          WHERE i.auteur = session_user AND i.inhoud ? 'keten' AND i.inhoud->>'keten' = eigen_schakels.keten
            AND thuis.team_van(session_user) IS NOT NULL
            AND jsonb_typeof(i.inhoud->'auditrij') = 'number' AND (i.inhoud->>'auditrij') ~ '^[0-9]{1,18}$'
            AND jsonb_typeof(i.inhoud->'schakel') = 'string'
          ORDER BY 1 $$;
-- Every chain the user's laptops sent links of: a new laptop starts a chain of its own, and so
-- does a case file whose chain key was replaced to rewrite its log. `audit verify` names the
-- others, so a chain with no links on the server is not taken for a clean one.
CREATE FUNCTION thuis.eigen_ketens()
    RETURNS TABLE (keten text, schakels bigint, laatst timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT i.inhoud->>'keten', count(*), max(i.ontvangen)
          FROM thuis.item i
          WHERE i.auteur = session_user AND i.inhoud ? 'keten' AND thuis.team_van(session_user) IS NOT NULL
          GROUP BY 1 ORDER BY 3 $$;
REVOKE EXECUTE ON FUNCTION thuis.eigen_schakels(text), thuis.eigen_ketens() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION thuis.eigen_schakels(text), thuis.eigen_ketens() TO thuis_begeleider, thuis_teamleider;

RESET ROLE;
