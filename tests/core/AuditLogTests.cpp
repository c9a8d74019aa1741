// The audit log's hash chain against tampering done around the append-only triggers.
#include "QtCatch.h"

#include "store/AuditLog.h"
#include "store/EncryptedStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

const Actor begeleider{QStringLiteral("Fictieve Begeleider"), QStringLiteral("persoonlijk begeleider"),
                       QStringLiteral("begeleider")};

AuditLog::Entry change(const char* id, std::optional<QString> oldValue, std::optional<QString> newValue)
{
    return {QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC),
            begeleider,
            QStringLiteral("participant"),
            QString::fromUtf8(id),
            std::move(oldValue),
            std::move(newValue)};
}

struct StoreWithLog
{
    QTemporaryDir folder;
    std::unique_ptr<EncryptedStore> store;

    StoreWithLog()
    {
        auto created = EncryptedStore::create(folder.filePath(QStringLiteral("dossiers.thuis")),
                                              SecretBytes(QByteArray("Kraanvogel-Zomer-2026")),
                                              KdfParameters::cheapForTestsOnly());
        REQUIRE(created.ok());
        store = std::move(created).value();
        AuditLog log(store->database());
        REQUIRE(log.append(change("D1", std::nullopt, QStringLiteral("Zoë"))).isEmpty());
        REQUIRE(log.append(change("D1", QStringLiteral("Zoë"), QStringLiteral("Zoë Müller"))).isEmpty());
        REQUIRE(log.append(change("D2", std::nullopt, QString())).isEmpty());
    }

    // What someone with the key and a SQLite shell could do: remove the guard, then edit.
    void tamper(const QString& sql)
    {
        QSqlQuery query(store->database());
        REQUIRE(query.exec(QStringLiteral("DROP TRIGGER audit_log_append_only_update")));
        REQUIRE(query.exec(QStringLiteral("DROP TRIGGER audit_log_append_only_delete")));
        REQUIRE(query.exec(sql));
    }
};

} // namespace

TEST_CASE("An untouched audit log verifies, every link checked", "[store][audit]")
{
    StoreWithLog fixture;
    const AuditLog::Verification result = AuditLog(fixture.store->database()).verify();
    CHECK(result.intact);
    CHECK(result.rows == 3);
}

TEST_CASE("A changed old or new value breaks the chain at that row", "[store][audit]")
{
    StoreWithLog fixture;
    fixture.tamper(QStringLiteral("UPDATE audit_log SET new_value = 'Zoe Muller' WHERE id = 2"));
    const AuditLog::Verification result = AuditLog(fixture.store->database()).verify();
    CHECK_FALSE(result.intact);
    CHECK(result.firstBrokenRow == 2);
    CHECK(result.message.contains(QStringLiteral("row 2")));
}

TEST_CASE("A removed row breaks the chain at the row after it", "[store][audit]")
{
    StoreWithLog fixture;
    fixture.tamper(QStringLiteral("DELETE FROM audit_log WHERE id = 2"));
    const AuditLog::Verification result = AuditLog(fixture.store->database()).verify();
    CHECK_FALSE(result.intact);
    CHECK(result.firstBrokenRow == 3);
}

TEST_CASE("An empty value and no value are different facts", "[store][audit]")
{
    StoreWithLog fixture;
    fixture.tamper(QStringLiteral("UPDATE audit_log SET new_value = NULL WHERE id = 3"));
    CHECK(AuditLog(fixture.store->database()).verify().firstBrokenRow == 3);
}
