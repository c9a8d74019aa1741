// The SQLCipher QtSql driver against real oracles: the sqlite3 and sqlcipher command-line
// tools, strings(1) on the file, and QSqlQueryModel.
#include "StoreFixture.h"

#include "store/SqlCipherDriver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>

namespace {

const QString keyA = QStringLiteral("2f4a6c8e0b1d3f5a7c9e1b3d5f7a9c0e2b4d6f8a1c3e5b7d9f0a2c4e6b8d0f1a");
const QString keyB = QStringLiteral("0000000000000000000000000000000000000000000000000000000000000001");
const QString unicodeName = QStringLiteral("Zoë Müller-Hélène — Één café");

// A connection with its own name, closed and removed at the end of the test.
class Connection
{
public:
    Connection(const QString& path, const QString& key, const QString& options = {})
        : m_name(QUuid::createUuid().toString())
    {
        SqlCipherDriver::registerDriver();
        QSqlDatabase database =
            QSqlDatabase::addDatabase(QString::fromLatin1(SqlCipherDriver::driverName), m_name);
        database.setDatabaseName(path);
        database.setPassword(key);
        database.setConnectOptions(options);
        m_opened = database.open();
    }
    ~Connection()
    {
        {
            QSqlDatabase database = QSqlDatabase::database(m_name, false);
            database.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool opened() const { return m_opened; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_opened = false;
};

QByteArray sha256(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void createFilledStore(const QString& path)
{
    Connection connection(path, keyA);
    REQUIRE(connection.opened());
    QSqlQuery query(connection.database());
    REQUIRE(
        query.exec(QStringLiteral("CREATE TABLE deelnemer (id INTEGER PRIMARY KEY, naam TEXT, score REAL, "
                                  "foto BLOB, opmerking TEXT)")));
    REQUIRE(query.prepare(
        QStringLiteral("INSERT INTO deelnemer (naam, score, foto, opmerking) VALUES (?, ?, ?, ?)")));
    query.addBindValue(unicodeName);
    query.addBindValue(7.5);
    query.addBindValue(QByteArray("\x00\x01\x02\xff", 4));
    query.addBindValue(QVariant(QMetaType::fromType<QString>()));
    REQUIRE(query.exec());
    CHECK(query.lastInsertId().toLongLong() == 1);
    CHECK(query.numRowsAffected() == 1);
}

} // namespace

TEST_CASE("Values round-trip with their types: Unicode, REAL, BLOB with zero bytes, NULL", "[store][driver]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("dossiers.thuis"));
    createFilledStore(path);

    Connection connection(path, keyA);
    REQUIRE(connection.opened());
    QSqlQuery query(connection.database());
    REQUIRE(query.exec(QStringLiteral("SELECT id, naam, score, foto, opmerking FROM deelnemer")));
    REQUIRE(query.next());
    CHECK(query.value(0).toLongLong() == 1);
    CHECK(query.value(1).toString() == unicodeName);
    CHECK(query.value(2).toDouble() == 7.5);
    CHECK(query.value(3).toByteArray() == QByteArray("\x00\x01\x02\xff", 4));
    CHECK(query.isNull(4));
    CHECK(query.record().fieldName(1) == QStringLiteral("naam"));
    CHECK_FALSE(query.next());
}

TEST_CASE("Transactions: a rollback leaves nothing, a commit keeps everything", "[store][driver]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("dossiers.thuis"));
    createFilledStore(path);
    Connection connection(path, keyA);
    REQUIRE(connection.opened());
    QSqlDatabase database = connection.database();
    QSqlQuery query(database);

    REQUIRE(database.transaction());
    REQUIRE(query.exec(QStringLiteral("INSERT INTO deelnemer (naam) VALUES ('weg')")));
    REQUIRE(database.rollback());
    REQUIRE(database.transaction());
    REQUIRE(query.exec(QStringLiteral("INSERT INTO deelnemer (naam) VALUES ('blijft')")));
    REQUIRE(database.commit());

    REQUIRE(query.exec(QStringLiteral("SELECT naam FROM deelnemer ORDER BY id")));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    CHECK(names == QStringList{unicodeName, QStringLiteral("blijft")});
}

TEST_CASE("A failing statement reports the error and does not run twice", "[store][driver]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("dossiers.thuis"));
    Connection connection(path, keyA);
    REQUIRE(connection.opened());
    QSqlQuery query(connection.database());
    REQUIRE(query.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL UNIQUE)")));
    REQUIRE(query.exec(QStringLiteral("INSERT INTO t (v) VALUES ('a')")));
    CHECK_FALSE(query.exec(QStringLiteral("INSERT INTO t (v) VALUES ('a')")));
    CHECK(query.lastError().databaseText().contains(QStringLiteral("UNIQUE")));
    CHECK_FALSE(query.next());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM t")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 1);
}

TEST_CASE("A statement that did not prepare fails when run, instead of writing nothing in silence",
          "[store][driver]")
{
    QTemporaryDir folder;
    Connection connection(folder.filePath(QStringLiteral("dossiers.thuis")), keyA);
    REQUIRE(connection.opened());
    QSqlQuery query(connection.database());
    REQUIRE(query.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")));
    // The syntax of a newer SQLite than the one SQLCipher 3.4 is built on (upsert).
    CHECK_FALSE(
        query.prepare(QStringLiteral("INSERT INTO t (id, v) VALUES (?, ?) ON CONFLICT (id) DO NOTHING")));
    query.addBindValue(1);
    query.addBindValue(QStringLiteral("verloren?"));
    CHECK_FALSE(query.exec());
    CHECK(query.lastError().databaseText().contains(QStringLiteral("syntax error")));
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM t")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 0);
}

TEST_CASE("QSqlQueryModel gets random access over more rows than one fetch", "[store][driver]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("dossiers.thuis"));
    Connection connection(path, keyA);
    REQUIRE(connection.opened());
    QSqlDatabase database = connection.database();
    QSqlQuery query(database);
    REQUIRE(query.exec(QStringLiteral("CREATE TABLE rij (nummer INTEGER, tekst TEXT)")));
    REQUIRE(database.transaction());
    REQUIRE(query.prepare(QStringLiteral("INSERT INTO rij VALUES (?, ?)")));
    for (int i = 0; i < 600; ++i) {
        query.addBindValue(i);
        query.addBindValue(QStringLiteral("rij %1 ë").arg(i));
        REQUIRE(query.exec());
    }
    REQUIRE(database.commit());

    QSqlQueryModel model;
    model.setQuery(QStringLiteral("SELECT nummer, tekst FROM rij ORDER BY nummer"), database);
    REQUIRE_FALSE(model.lastError().isValid());
    while (model.canFetchMore())
        model.fetchMore();
    CHECK(model.rowCount() == 600);
    CHECK(model.data(model.index(599, 1)).toString() == QStringLiteral("rij 599 ë"));
    CHECK(model.data(model.index(3, 0)).toInt() == 3); // back to the start: random access
    CHECK(model.headerData(1, Qt::Horizontal).toString() == QStringLiteral("tekst"));
}

TEST_CASE("A wrong key is refused and the file stays byte-identical", "[store][driver]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("dossiers.thuis"));
    createFilledStore(path);
    const QByteArray before = sha256(path);
    {
        Connection wrong(path, keyB, QStringLiteral("THUIS_OPEN_EXISTING"));
        CHECK_FALSE(wrong.opened());
        CHECK(wrong.database().lastError().text().contains(QStringLiteral("passphrase")));
    }
    CHECK(sha256(path) == before);

    Connection notAKey(path, QStringLiteral("geheim"), QStringLiteral("THUIS_OPEN_EXISTING"));
    CHECK_FALSE(notAKey.opened());
}

TEST_CASE("Opening an existing store does not create a missing one", "[store][driver]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("bestaat-niet.thuis"));
    Connection connection(path, keyA, QStringLiteral("THUIS_OPEN_EXISTING"));
    CHECK_FALSE(connection.opened());
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("Independent tools agree the file is encrypted", "[store][driver][oracle]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("dossiers.thuis"));
    createFilledStore(path);

    // Plain SQLite cannot read it ...
    CHECK(storefixture::runTool(QStringLiteral("sqlite3"),
                                {path, QStringLiteral("SELECT count(*) FROM sqlite_master;")})
              .contains(QStringLiteral("file is not a database")));
    // ... SQLCipher's own shell can, with the same raw key ...
    const QByteArray script = "PRAGMA key = \"x'" + keyA.toLatin1() + "'\";\nSELECT naam FROM deelnemer;\n";
    CHECK(storefixture::runTool(QStringLiteral("sqlcipher"), {path}, script).contains(unicodeName));
    // ... and no answer is on disk in plaintext, neither in the file nor in its WAL.
    // The database file must be there; the write-ahead log may have been folded into it.
    REQUIRE(QFile::exists(path));
    for (const QString& file : {path, path + QStringLiteral("-wal")}) {
        if (file != path && !QFile::exists(file))
            continue;
        QFile raw(file);
        REQUIRE(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        CHECK_FALSE(bytes.contains("Zo\xc3\xab"));
        CHECK_FALSE(bytes.contains("deelnemer"));
    }
}
