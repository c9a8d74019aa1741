// Werkafspraak 4 / Bijlage 2a: "Als alle drie de partijen akkoord zijn met het gespreksverslag,
// wordt het door alle drie de partijen ondertekend." A final form counts as held, but waits for
// the signatures it lacks, named in the dossier, the Vandaag list and the dashboard.
#include "StoreFixture.h"
#include "TrajectoryBuilder.h"

#include "caseload/Caseload.h"
#include "dashboard/DashboardFigures.h"
#include "filing/FormFiling.h"
#include "store/FormAnswerRepository.h"
#include "store/SignatureRepository.h"

using namespace storefixture;

namespace {

DrawnSignature signedBy(const char* party, const QDate& on, bool drawn = false)
{
    DrawnSignature signature{QString::fromUtf8(party), QStringLiteral("A. Ondertekenaar"), QString(), on, {}};
    if (drawn)
        signature.strokes = {QPolygonF({QPointF(0.1, 0.5), QPointF(0.9, 0.5)})};
    return signature;
}

QStringList awaitedFor(const QSqlDatabase& database, const QDate& today)
{
    const Result<QList<CaseloadRow>> rows = Caseload::load(database, today);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    QStringList missing;
    for (const AwaitedSignature& form : rows->first().awaitingSignatures)
        missing << form.missing;
    return missing;
}

} // namespace

TEST_CASE("Werkafspraak 4: a final Supplement waits for all three signatures, drawn or on paper",
          "[forms][signatures]")
{
    QTemporaryDir folder;
    auto store = create(folder.filePath(QStringLiteral("dossiers.thuis")));
    const QDate today(2026, 2, 10);
    REQUIRE(TrajectoryRepository(store->database())
                .importTrajectory(TrajectoryBuilder("amsterdam-2026").startedOn("2026-01-15").trajectory(),
                                  tester(), today, fixedNow())
                .isEmpty());
    FormFiling filing(store->database(), tester(), QDateTime(today, QTime(9, 30)));
    const qint64 form = filing.start(QStringLiteral("T-1"), QStringLiteral("supplement-wgh")).value();
    CHECK(awaitedFor(store->database(), today).isEmpty()); // a concept waits for nothing yet
    REQUIRE(filing.finalise(form).isEmpty());

    const QStringList all{QStringLiteral("deelnemer"), QStringLiteral("zorgaanbieder"),
                          QStringLiteral("woningcorporatie")};
    CHECK(filing.instance(form)->missingSignatures() == all);
    CHECK(awaitedFor(store->database(), today) == all);

    SignatureRepository signatures(store->database());
    REQUIRE(signatures.sign(form, signedBy("zorgaanbieder", today, true), tester(), fixedNow()).isEmpty());
    // On paper: only a real party, a name and a date not after today, and only for a final form.
    CHECK(signatures.recordOnPaper(form, signedBy("buurman", today), tester(), today, fixedNow())
              .contains(QStringLiteral("buurman")));
    CHECK_FALSE(
        signatures.recordOnPaper(form, signedBy("deelnemer", today.addDays(1)), tester(), today, fixedNow())
            .isEmpty());
    const qint64 draft = filing.start(QStringLiteral("T-1"), QStringLiteral("woonevaluatie")).value();
    CHECK(signatures.recordOnPaper(draft, signedBy("deelnemer", today), tester(), today, fixedNow())
              .contains(QStringLiteral("final")));
    CHECK(awaitedFor(store->database(), today) ==
          QStringList{QStringLiteral("deelnemer"), QStringLiteral("woningcorporatie")});

    REQUIRE(
        signatures.recordOnPaper(form, signedBy("deelnemer", today), tester(), today, fixedNow()).isEmpty());
    const Result<QList<CaseloadRow>> rows = Caseload::load(store->database(), today);
    const DashboardFigures figures = DashboardFigures::compute(rows.value(), DashboardFilter(), today);
    REQUIRE(figures.awaitingSignatures.size() == 1);
    CHECK(figures.awaitingSignatures.first().form.missing == QStringList{QStringLiteral("woningcorporatie")});
    CHECK(figures.awaitingSignatures.first().naam == QStringLiteral("Test Deelnemer"));

    REQUIRE(signatures.recordOnPaper(form, signedBy("woningcorporatie", today), tester(), today, fixedNow())
                .isEmpty());
    CHECK(filing.instance(form)->missingSignatures().isEmpty());
    CHECK(awaitedFor(store->database(), today).isEmpty());
    // The paper signature is a row without strokes, in the audit log as such.
    const QList<DrawnSignature> valid = signatures.valid(form).value();
    REQUIRE(valid.size() == 3);
    CHECK(valid.at(0).strokes.size() == 1);
    CHECK(valid.at(1).strokes.isEmpty());
}

TEST_CASE("The Supplement's 'goed moment voor het volgende gesprek' brings the first woonevaluatie forward",
          "[forms][signatures]")
{
    QTemporaryDir folder;
    auto store = create(folder.filePath(QStringLiteral("dossiers.thuis")));
    const QDate today(2026, 2, 10);
    REQUIRE(TrajectoryRepository(store->database())
                .importTrajectory(TrajectoryBuilder("amsterdam-2026").startedOn("2026-01-15").trajectory(),
                                  tester(), today, fixedNow())
                .isEmpty());
    FormFiling filing(store->database(), tester(), QDateTime(today, QTime(9, 30)));
    const qint64 form = filing.start(QStringLiteral("T-1"), QStringLiteral("supplement-wgh")).value();
    REQUIRE(filing.saveAnswer(form, QStringLiteral("volgend_gesprek"), QStringLiteral("1-9-2026")).isEmpty());
    REQUIRE(filing.finalise(form).isEmpty());
    // Yearly from the overeenkomst would be 15 January 2027; agreed at the kennismaking: 1 September.
    const Result<CaseloadRow> row = Caseload::loadRow(store->database(), QStringLiteral("T-1"), today);
    REQUIRE(row.ok());
    bool found = false;
    for (const Deadline& deadline : row->deadlines) {
        if (deadline.rule == u"woonevaluatie") {
            CHECK(deadline.due == QDate(2026, 9, 1));
            found = true;
        }
    }
    CHECK(found);
}
