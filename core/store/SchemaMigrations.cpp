#include "store/SchemaMigrations.h"

#include "store/AuditLog.h"
#include "store/StoreKey.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

struct Migration
{
    int version;
    QStringList statements;
    // Work in C++ after the statements, in the same transaction; empty string or what went wrong.
    QString (*finish)(QSqlDatabase database, const SchemaMigrations::Context& context) = nullptr;
};

// Version 1: the data model of the first issues. Dates are ISO text (YYYY-MM-DD), instants ISO
// text with milliseconds; event fields are the trajectory file's JSON (docs/trajectory-format.md).
// Append-only tables (events, audit log) refuse UPDATE and DELETE in the database itself:
// corrections are new events, as in the trajectory engine.
const Migration version1{
    1,
    {
        QStringLiteral("CREATE TABLE participant ("
                       " id TEXT PRIMARY KEY,"
                       " naam TEXT NOT NULL,"
                       " geboortedatum TEXT,"
                       " huishouden TEXT NOT NULL DEFAULT 'alleenstaand'"
                       "  CHECK (huishouden IN ('alleenstaand', 'gezin', 'multiprobleemgezin')),"
                       " profile TEXT NOT NULL,"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE contact ("
            " id INTEGER PRIMARY KEY,"
            " participant_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE,"
            " party TEXT NOT NULL CHECK (party IN ('deelnemer', 'zorgaanbieder', 'woningcorporatie')),"
            " naam TEXT NOT NULL, functie TEXT, telefoon TEXT, email TEXT, adres TEXT)"),
        QStringLiteral("CREATE TABLE trajectory_event ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " participant_id TEXT NOT NULL REFERENCES participant(id),"
                       " type TEXT NOT NULL,"
                       " date TEXT NOT NULL,"
                       " fields TEXT NOT NULL DEFAULT '{}',"
                       " recorded_at TEXT NOT NULL,"
                       " recorded_by TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE INDEX trajectory_event_by_participant ON trajectory_event (participant_id, date, id)"),
        QStringLiteral("CREATE TRIGGER trajectory_event_append_only_update BEFORE UPDATE ON trajectory_event"
                       " BEGIN SELECT RAISE(ABORT, 'trajectory events are append-only: record a correcting "
                       "event'); END"),
        QStringLiteral("CREATE TRIGGER trajectory_event_append_only_delete BEFORE DELETE ON trajectory_event"
                       " BEGIN SELECT RAISE(ABORT, 'trajectory events are append-only: record a correcting "
                       "event'); END"),
        QStringLiteral("CREATE TABLE form_instance ("
                       " id INTEGER PRIMARY KEY,"
                       " participant_id TEXT NOT NULL REFERENCES participant(id),"
                       " form TEXT NOT NULL, edition TEXT NOT NULL,"
                       " status TEXT NOT NULL DEFAULT 'concept' CHECK (status IN ('concept', 'definitief')),"
                       " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE form_answer ("
                       " form_instance_id INTEGER NOT NULL REFERENCES form_instance(id) ON DELETE CASCADE,"
                       " field_id TEXT NOT NULL, value TEXT, updated_at TEXT NOT NULL,"
                       " PRIMARY KEY (form_instance_id, field_id))"),
        QStringLiteral(
            "CREATE TABLE signature ("
            " id INTEGER PRIMARY KEY,"
            " form_instance_id INTEGER NOT NULL REFERENCES form_instance(id) ON DELETE CASCADE,"
            " party TEXT NOT NULL CHECK (party IN ('deelnemer', 'zorgaanbieder', 'woningcorporatie')),"
            " signer_name TEXT NOT NULL, signer_function TEXT, signed_on TEXT NOT NULL,"
            " strokes BLOB, entered_by TEXT NOT NULL,"
            " valid INTEGER NOT NULL DEFAULT 1 CHECK (valid IN (0, 1)))"),
        QStringLiteral("CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT)"),
        QStringLiteral("CREATE TABLE audit_log ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " at TEXT NOT NULL,"
                       " actor_name TEXT NOT NULL, actor_function TEXT, actor_role TEXT NOT NULL,"
                       " entity TEXT NOT NULL, entity_id TEXT NOT NULL,"
                       " old_value TEXT, new_value TEXT,"
                       " previous_hash BLOB, hash BLOB NOT NULL)"),
        QStringLiteral("CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log"
                       " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
        QStringLiteral("CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log"
                       " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
    }};

// Version 2: the caseworker's workspace. Where the participant lives (the woning), how to reach
// them, their woningcorporatie and their begeleider. Contact persons of the corporation and the
// care provider are rows in `contact` (party) from version 1.
const Migration version2{
    2,
    {
        QStringLiteral("ALTER TABLE participant ADD COLUMN adres TEXT"),
        QStringLiteral("ALTER TABLE participant ADD COLUMN postcode TEXT"),
        QStringLiteral("ALTER TABLE participant ADD COLUMN woonplaats TEXT"),
        QStringLiteral("ALTER TABLE participant ADD COLUMN telefoon TEXT"),
        QStringLiteral("ALTER TABLE participant ADD COLUMN email TEXT"),
        QStringLiteral("ALTER TABLE participant ADD COLUMN woningcorporatie TEXT"),
        QStringLiteral("ALTER TABLE participant ADD COLUMN begeleider TEXT"),
        QStringLiteral("CREATE UNIQUE INDEX contact_per_party ON contact (participant_id, party)"),
    }};

// Version 3: what the engine said of each participant's trajectory on a given day, so that the
// caseload opens without evaluating 10,000 trajectories (docs/benchmarks.md). Only derived data,
// never the source of truth: the triggers drop a participant's summaries in the same
// transaction as any new event or change to the participant, so a summary can never outlive the
// history it was computed from. `engine` names the program version and rules that made it.
const Migration version3{
    3,
    {
        QStringLiteral("CREATE TABLE caseload_summary ("
                       " participant_id TEXT NOT NULL,"
                       " as_of TEXT NOT NULL,"
                       " engine TEXT NOT NULL,"
                       " summary BLOB NOT NULL,"
                       " PRIMARY KEY (participant_id, as_of))"),
        QStringLiteral("CREATE TRIGGER caseload_summary_after_event AFTER INSERT ON trajectory_event"
                       " BEGIN DELETE FROM caseload_summary WHERE participant_id = NEW.participant_id; END"),
        QStringLiteral("CREATE TRIGGER caseload_summary_after_participant_update AFTER UPDATE ON participant"
                       " BEGIN DELETE FROM caseload_summary WHERE participant_id IN (OLD.id, NEW.id); END"),
        QStringLiteral("CREATE TRIGGER caseload_summary_after_participant_delete AFTER DELETE ON participant"
                       " BEGIN DELETE FROM caseload_summary WHERE participant_id = OLD.id; END"),
    }};

// Version 4: forms filled in the wizard (issue 6). A form made final is never changed: a
// correction is a new version that links to the one it corrects (previous_id), both kept.
// resume_section/resume_field: where the user was, so an unfinished form reopens there.
const Migration version4{
    4,
    {
        QStringLiteral("ALTER TABLE form_instance ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral(
            "ALTER TABLE form_instance ADD COLUMN previous_id INTEGER REFERENCES form_instance(id)"),
        QStringLiteral("ALTER TABLE form_instance ADD COLUMN finalised_at TEXT"),
        QStringLiteral("ALTER TABLE form_instance ADD COLUMN resume_section TEXT"),
        QStringLiteral("ALTER TABLE form_instance ADD COLUMN resume_field TEXT"),
        QStringLiteral("CREATE INDEX form_instance_by_participant ON form_instance (participant_id, id)"),
        // A final form's answers are locked in the database itself, not only in the program.
        QStringLiteral(
            "CREATE TRIGGER form_answer_locked_insert BEFORE INSERT ON form_answer"
            " WHEN (SELECT status FROM form_instance WHERE id = NEW.form_instance_id) = 'definitief'"
            " BEGIN SELECT RAISE(ABORT, 'the form is final: correct it in a new version'); END"),
        QStringLiteral(
            "CREATE TRIGGER form_answer_locked_update BEFORE UPDATE ON form_answer"
            " WHEN (SELECT status FROM form_instance WHERE id = OLD.form_instance_id) = 'definitief'"
            " BEGIN SELECT RAISE(ABORT, 'the form is final: correct it in a new version'); END"),
    }};

// Version 5: the teamleider's dashboard (issue 8) filters by stadsdeel and by team; the team is
// the one that carries the participant's begeleiding (a begeleider may move between teams, the
// participant's file stays with the team).
const Migration version5{5,
                         {
                             QStringLiteral("ALTER TABLE participant ADD COLUMN stadsdeel TEXT"),
                             QStringLiteral("ALTER TABLE participant ADD COLUMN team TEXT"),
                         }};

// Version 6: the audit chain covers the data (issue 17). New rows carry a keyed link (chain 2)
// and the digest of the data they record; the key, derived from the store key, stays in the
// file so that a new passphrase keeps the chain whole. Old rows keep their SHA-256 links.
QString beginKeyedChain(QSqlDatabase database, const SchemaMigrations::Context& context)
{
    if (!context.storeKey)
        return SchemaMigrations::tr("the store key is needed to begin the keyed audit chain");
    return AuditLog::beginKeyedChain(database, *context.storeKey, context.now);
}

const Migration version6{
    6,
    {
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN chain INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN data_digest BLOB"),
        QStringLiteral(
            "CREATE TABLE audit_chain_key (id INTEGER PRIMARY KEY CHECK (id = 1), key BLOB NOT NULL)"),
        QStringLiteral("CREATE TRIGGER audit_chain_key_fixed_update BEFORE UPDATE ON audit_chain_key"
                       " BEGIN SELECT RAISE(ABORT, 'the audit chain key never changes'); END"),
        QStringLiteral("CREATE TRIGGER audit_chain_key_fixed_delete BEFORE DELETE ON audit_chain_key"
                       " BEGIN SELECT RAISE(ABORT, 'the audit chain key never changes'); END"),
    },
    beginKeyedChain};

// Version 7: team mode (issue 18, docs/team-sync.md). A case file linked to a team keeps the
// link with its credentials (inside the encrypted file, nowhere else), an outbox filled in the
// same transaction as every change, the items the server has numbered (its order, who wrote
// them, which this laptop made), the global ids of events and forms (local row ids differ
// between laptops) and what a sync flagged for the teamleider. A participant handed to another
// begeleider leaves the laptop: team_release lets that one transaction remove its events,
// which stay append-only otherwise.
const Migration version7{
    7,
    {
        QStringLiteral(
            "CREATE TABLE team_link (id INTEGER PRIMARY KEY CHECK (id = 1),"
            " address TEXT NOT NULL, user TEXT NOT NULL, team TEXT NOT NULL, password BLOB NOT NULL,"
            " key_passphrase BLOB,"
            " cursor INTEGER NOT NULL DEFAULT 0, linked_at TEXT NOT NULL, last_sync TEXT)"),
        QStringLiteral(
            "CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT NOT NULL UNIQUE,"
            " participant_id TEXT NOT NULL, kind TEXT NOT NULL, entity_key TEXT NOT NULL,"
            " payload TEXT NOT NULL, basis INTEGER NOT NULL,"
            " state TEXT NOT NULL DEFAULT 'wachtend' CHECK (state IN ('wachtend', 'quarantaine')),"
            " reason TEXT, tries INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX outbox_by_participant ON outbox (participant_id)"),
        QStringLiteral("CREATE INDEX outbox_by_entity ON outbox (entity_key)"),
        QStringLiteral("CREATE TABLE team_key (entity TEXT NOT NULL, local_id TEXT NOT NULL,"
                       " uuid TEXT NOT NULL UNIQUE, PRIMARY KEY (entity, local_id))"),
        QStringLiteral("CREATE TABLE team_item (uuid TEXT PRIMARY KEY, participant_id TEXT NOT NULL,"
                       " volgnummer INTEGER NOT NULL, basis INTEGER NOT NULL, author TEXT NOT NULL,"
                       " entity_key TEXT NOT NULL, content_digest BLOB NOT NULL, own INTEGER NOT NULL,"
                       " problem TEXT, checked INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX team_item_by_participant ON team_item (participant_id, volgnummer)"),
        QStringLiteral("CREATE INDEX team_item_by_entity ON team_item (entity_key, volgnummer)"),
        QStringLiteral(
            "CREATE TABLE team_flag (participant_id TEXT NOT NULL, volgnummer INTEGER NOT NULL,"
            " reason TEXT NOT NULL, flagged_at TEXT NOT NULL, PRIMARY KEY (participant_id, volgnummer))"),
        QStringLiteral("CREATE TABLE team_release (participant_id TEXT PRIMARY KEY)"),
        QStringLiteral("DROP TRIGGER trajectory_event_append_only_delete"),
        QStringLiteral(
            "CREATE TRIGGER trajectory_event_append_only_delete BEFORE DELETE ON trajectory_event"
            " WHEN NOT EXISTS (SELECT 1 FROM team_release WHERE participant_id = OLD.participant_id)"
            " BEGIN SELECT RAISE(ABORT, 'trajectory events are append-only: record a correcting "
            "event'); END"),
    }};

// Version 8: a flag says what it is about, so that an item flagged for a conflict can also be
// flagged as not put in here (docs/team-sync.md, section 10): `about` is 'samenloop' (two people
// at once) or 'niet verwerkt'. The items not put in, retried at every sync, get an index of
// their own.
const Migration version8{
    8,
    {
        QStringLiteral(
            "CREATE TABLE team_flag_about (participant_id TEXT NOT NULL, volgnummer INTEGER NOT NULL,"
            " about TEXT NOT NULL CHECK (about IN ('samenloop', 'niet verwerkt')),"
            " reason TEXT NOT NULL, flagged_at TEXT NOT NULL,"
            " PRIMARY KEY (participant_id, volgnummer, about))"),
        QStringLiteral("INSERT INTO team_flag_about (participant_id, volgnummer, about, reason, flagged_at)"
                       " SELECT participant_id, volgnummer, 'samenloop', reason, flagged_at FROM team_flag"),
        QStringLiteral("DROP TABLE team_flag"),
        QStringLiteral("ALTER TABLE team_flag_about RENAME TO team_flag"),
        QStringLiteral(
            "CREATE INDEX team_item_not_put_in ON team_item (volgnummer) WHERE problem IS NOT NULL"),
    }};

// Version 9 (issue 19): who holds each participant in the team, as the server said at the last
// sync (thuis.deelnemer.begeleider), so that the dossier and the caseload show it offline too;
// and the decision on each flagged item (the review queue), made here or received from the team.
const Migration version9{
    9,
    {
        QStringLiteral("CREATE TABLE team_holder (participant_id TEXT PRIMARY KEY, holder TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE team_decision (participant_id TEXT NOT NULL, volgnummer INTEGER NOT NULL,"
            " about TEXT NOT NULL, decision TEXT NOT NULL CHECK (decision IN ('behouden', 'herroepen',"
            " 'vraag begeleider')), note TEXT NOT NULL, decided_by TEXT NOT NULL, decided_at TEXT NOT NULL,"
            " PRIMARY KEY (participant_id, volgnummer, about))"),
    }};

// Version 10 (issue 19): what the team server refused from the team's laptops and waits in
// their quarantine, as the server said at the last sync (team schema 4, thuis.geweigerd): the
// teamleider's review queue shows a colleague's, a begeleider's their own. Replaced at each sync.
const Migration version10{
    10,
    {
        QStringLiteral("CREATE TABLE team_refused (reporter TEXT NOT NULL, item TEXT NOT NULL,"
                       " participant_id TEXT NOT NULL, entity TEXT NOT NULL, reason TEXT NOT NULL,"
                       " tries INTEGER NOT NULL, since TEXT NOT NULL, PRIMARY KEY (reporter, item))"),
    }};

// Version 11 (issue 21): the code that inserts an event forgets the participant's summaries
// (KeptSummaries) instead of a trigger per row: a trigger on an insert makes SQLite journal every
// page the insert touches, and SQLCipher encrypts each one (105 pages per participant imported
// instead of 8). The triggers on a participant's update and delete stay: those are single rows.
const Migration version11{11,
                          {
                              QStringLiteral("DROP TRIGGER caseload_summary_after_event"),
                          }};

// Version 12 (issue 21): the kept summaries in typed columns instead of one CBOR map, so that the
// dashboard reads its figures without decoding a document per participant (CaseloadSummary):
// the phase and the omklap codes as text, the dates as Julian days, the deadlines packed. Only
// derived data: the old summaries are dropped, not converted, and made again at the next
// opening. The triggers on participant refer to the table by name and keep working.
const Migration version12{
    12,
    {
        QStringLiteral("DROP TABLE caseload_summary"),
        QStringLiteral("CREATE TABLE caseload_summary ("
                       " participant_id TEXT NOT NULL,"
                       " as_of TEXT NOT NULL,"
                       " engine TEXT NOT NULL,"
                       " phase TEXT NOT NULL,"              // '' when the history breaks a rule
                       " error TEXT NOT NULL,"              // the engine's message when it does
                       " omklap_eligible INTEGER NOT NULL," // 1: every Werkafspraak 8 condition met
                       " omklap_earliest INTEGER,"          // Julian day
                       " omklap_unmet TEXT NOT NULL,"       // the unmet conditions' codes, space-separated
                       " overeenkomst_on INTEGER,"          // Julian day
                       " omgeklapt_on INTEGER,"             // Julian day
                       " open_terms BLOB NOT NULL,"
                       " settled_terms BLOB NOT NULL,"
                       " PRIMARY KEY (participant_id, as_of))"),
    }};

// Version 13 (issue 21): each participant's events once more as one row, so that a day not
// prepared reads 10,000 rows instead of 400,000 (EventPacks, which says how they stay right).
// Only derived data, made at the first opening that evaluates everyone. The packs hold what the
// events hold: they go with the events and with the participant (a participant handed over
// leaves nothing behind); a trigger on a delete costs nothing when inserting.
const Migration version13{
    13,
    {
        QStringLiteral("CREATE TABLE event_pack (participant_id TEXT PRIMARY KEY, events BLOB NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE event_pack_mark (id INTEGER PRIMARY KEY CHECK (id = 1), through INTEGER NOT NULL)"),
        QStringLiteral("CREATE TRIGGER event_pack_after_event_delete AFTER DELETE ON trajectory_event"
                       " BEGIN DELETE FROM event_pack WHERE participant_id = OLD.participant_id; END"),
        QStringLiteral("CREATE TRIGGER event_pack_after_participant_delete AFTER DELETE ON participant"
                       " BEGIN DELETE FROM event_pack WHERE participant_id = OLD.id; END"),
        QStringLiteral("CREATE TRIGGER event_pack_after_participant_id AFTER UPDATE OF id ON participant"
                       " BEGIN DELETE FROM event_pack WHERE participant_id = OLD.id; END"),
    }};

const QList<Migration>& migrations()
{
    static const QList<Migration> all{version1, version2, version3,  version4,  version5,  version6, version7,
                                      version8, version9, version10, version11, version12, version13};
    return all;
}

} // namespace

int SchemaMigrations::latestVersion()
{
    return migrations().last().version;
}

int SchemaMigrations::currentVersion(const QSqlDatabase& database)
{
    QSqlQuery query(database);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

QString SchemaMigrations::migrate(QSqlDatabase database, const Context& context, int target)
{
    if (target < 0)
        target = latestVersion();
    const int current = currentVersion(database);
    if (current < 0)
        return tr("The schema version of the case file could not be read.");
    if (current > latestVersion())
        return tr("The case file has schema version %1; this version of the program knows up to %2. It was "
                  "not "
                  "changed; open it with the newer version.")
            .arg(current)
            .arg(latestVersion());

    for (const Migration& migration : migrations()) {
        if (migration.version <= current || migration.version > target)
            continue;
        if (!database.transaction())
            return tr("The case file could not be updated: %1").arg(database.lastError().text());
        QSqlQuery query(database);
        QStringList statements = migration.statements;
        statements << QStringLiteral("PRAGMA user_version = %1").arg(migration.version);
        for (qsizetype step = 0; step <= statements.size(); ++step) {
            QString error;
            if (step < statements.size()) {
                if (!query.exec(statements.at(step)))
                    error = query.lastError().text();
            } else if (migration.finish) {
                error = migration.finish(database, context);
            }
            if (!error.isEmpty()) {
                database.rollback();
                return tr("Updating the case file to schema version %1 failed; it stays at version %2 and "
                          "nothing "
                          "was lost: %3")
                    .arg(migration.version)
                    .arg(current)
                    .arg(error);
            }
        }
        if (!database.commit()) {
            const QString error = database.lastError().text();
            database.rollback();
            return tr("Updating the case file to schema version %1 failed; nothing was lost: %2")
                .arg(migration.version)
                .arg(error);
        }
    }
    return {};
}
