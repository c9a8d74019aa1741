// Autosaved answers: one transaction per answer with its audit row; full disks lose nothing.
#include "StoreFixture.h"

#include "store/AuditLog.h"
#include "store/FormAnswerRepository.h"

#include <QSqlQuery>

using namespace storefixture;

namespace {

qint64 auditRows(EncryptedStore& store)
{
    QSqlQuery query(store.database());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM audit_log")));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

} // namespace

TEST_CASE("An answer is saved, changed and cleared, each change audited with old and new value",
          "[store][answers]")
{
    QTemporaryDir folder;
    auto store = create(folder.filePath(QStringLiteral("dossiers.thuis")));
    addParticipant(*store, QStringLiteral("D-0001"));
    FormAnswerRepository answers(store->database());
    const Result<qint64> form =
        answers.createForm(QStringLiteral("D-0001"), QStringLiteral("supplement-wonen"),
                           QStringLiteral("amsterdam-2026"), tester(), fixedNow());
    REQUIRE(form.ok());

    const qint64 before = auditRows(*store);
    const QString field = QStringLiteral("woonsituatie.toelichting");
    CHECK(answers
              .saveAnswer(form.value(), field, QStringLiteral("Zoë woont sinds één maand zelfstandig"),
                          tester(), fixedNow())
              .isEmpty());
    CHECK(answers
              .saveAnswer(form.value(), field, QStringLiteral("Zoë woont sinds twee maanden zelfstandig"),
                          tester(), fixedNow())
              .isEmpty());
    // The same value again writes nothing, not even an audit row.
    CHECK(answers
              .saveAnswer(form.value(), field, QStringLiteral("Zoë woont sinds twee maanden zelfstandig"),
                          tester(), fixedNow())
              .isEmpty());
    CHECK(answers.saveAnswer(form.value(), field, std::nullopt, tester(), fixedNow()).isEmpty());
    CHECK(auditRows(*store) == before + 3);

    const auto saved = answers.answers(form.value());
    REQUIRE(saved.ok());
    REQUIRE(saved->contains(field));
    CHECK_FALSE(saved->value(field).has_value());

    QSqlQuery query(store->database());
    REQUIRE(
        query.exec(QStringLiteral("SELECT old_value, new_value FROM audit_log WHERE entity = 'form_answer' "
                                  "ORDER BY id")));
    REQUIRE(query.next());
    CHECK(query.value(0).isNull());
    CHECK(query.value(1).toString() == QStringLiteral("Zoë woont sinds één maand zelfstandig"));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("Zoë woont sinds één maand zelfstandig"));
    REQUIRE(query.next());
    CHECK(query.value(1).isNull());
    CHECK(AuditLog(store->database()).verify().intact);
}

TEST_CASE("A form for an unknown participant, or a final form, is refused with a clear message",
          "[store][answers]")
{
    QTemporaryDir folder;
    auto store = create(folder.filePath(QStringLiteral("dossiers.thuis")));
    FormAnswerRepository answers(store->database());
    const Result<qint64> orphan =
        answers.createForm(QStringLiteral("D-9999"), QStringLiteral("supplement-wonen"),
                           QStringLiteral("amsterdam-2026"), tester(), fixedNow());
    REQUIRE_FALSE(orphan.ok());
    CHECK(orphan.errors().first().contains(QStringLiteral("D-9999")));

    addParticipant(*store, QStringLiteral("D-0001"));
    const Result<qint64> form =
        answers.createForm(QStringLiteral("D-0001"), QStringLiteral("supplement-wonen"),
                           QStringLiteral("amsterdam-2026"), tester(), fixedNow());
    REQUIRE(form.ok());
    QSqlQuery query(store->database());
    REQUIRE(query.exec(QStringLiteral("UPDATE form_instance SET status = 'definitief'")));
    const QString refused =
        answers.saveAnswer(form.value(), QStringLiteral("veld"), QStringLiteral("x"), tester(), fixedNow());
    CHECK(refused.contains(QStringLiteral("final")));
    CHECK(answers.answers(form.value())->isEmpty());
}

TEST_CASE("A full disk: the answer is refused with a message saying nothing was lost, earlier answers stay",
          "[store][answers][diskfull]")
{
    QTemporaryDir folder;
    auto store = create(folder.filePath(QStringLiteral("dossiers.thuis")));
    addParticipant(*store, QStringLiteral("D-0001"));
    FormAnswerRepository answers(store->database());
    const qint64 form = answers
                            .createForm(QStringLiteral("D-0001"), QStringLiteral("supplement-wonen"),
                                        QStringLiteral("amsterdam-2026"), tester(), fixedNow())
                            .value();
    REQUIRE(
        answers.saveAnswer(form, QStringLiteral("eerste"), QStringLiteral("bewaard"), tester(), fixedNow())
            .isEmpty());

    // SQLite's page limit gives exactly the error a full disk gives (SQLITE_FULL), without
    // filling a real disk: the database may not grow by one page more.
    QSqlQuery query(store->database());
    REQUIRE(query.exec(QStringLiteral("PRAGMA page_count")));
    REQUIRE(query.next());
    const qint64 pages = query.value(0).toLongLong();
    query.finish();
    REQUIRE(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    query.finish();

    const QString bigAnswer(20000, u'x'); // needs new pages
    const QString error = answers.saveAnswer(form, QStringLiteral("tweede"), bigAnswer, tester(), fixedNow());
    CHECK(error.contains(QStringLiteral("disk is full")));
    CHECK(error.contains(QStringLiteral("Nothing was lost")));

    const auto saved = answers.answers(form);
    REQUIRE(saved.ok());
    CHECK(saved->value(QStringLiteral("eerste")) == std::optional<QString>(QStringLiteral("bewaard")));
    CHECK_FALSE(saved->contains(QStringLiteral("tweede")));
    CHECK(AuditLog(store->database()).verify().intact);
    CHECK(store->damage().isEmpty());
}
