// Forms as versioned data (issue 6): the definitions compiled in, word for word the official
// forms, and a bad definition refused with its file, field and problem.
#include "QtCatch.h"

#include "forms/FormCheck.h"
#include "forms/FormDefinition.h"
#include "forms/FormExpression.h"

#include <QHash>

namespace {

QString problemsWith(const char* fieldsJson)
{
    const QByteArray json =
        QByteArray(R"({"form": "proef", "edition": "2026", "title": "Proef", "validFrom": "2026-01-01",
        "conversationDate": "datum", "sections": [
        {"id": "s0", "title": "Datum", "fields": [{"id": "datum", "type": "date", "label": "Datum"}]},
        {"id": "s1", "title": "Een", "fields": )") +
        fieldsJson + "}]}";
    const Result<FormDefinition> definition =
        FormDefinition::fromJson(json, QStringLiteral("proef/2026.json"));
    REQUIRE_FALSE(definition.ok());
    return definition.errors().join(u'\n');
}

} // namespace

TEST_CASE("Bijlage 2b (2026): the Supplement Wonen en Goed Huurderschap as the form has it", "[forms]")
{
    const Result<FormDefinition> supplement =
        FormDefinition::builtIn(QStringLiteral("supplement-wgh"), QStringLiteral("2026"));
    INFO(supplement.errors().join(u'\n').toStdString());
    REQUIRE(supplement.ok());
    CHECK(supplement->title == QStringLiteral("Supplement Wonen en Goed Huurderschap"));
    QStringList numbered;
    for (const FormSection& section : supplement->sections) {
        if (!section.number.isEmpty())
            numbered << section.number + QStringLiteral(". ") + section.title;
    }
    CHECK(numbered ==
          QStringList{QStringLiteral("1. Landen in de woning"), QStringLiteral("2. Landen in het complex"),
                      QStringLiteral("3. Landen in de wijk"), QStringLiteral("4. Woondoelen"),
                      QStringLiteral("5. Andere afspraken of opmerkingen"), QStringLiteral("6. Vervolg")});
    const FormField* borg = supplement->field(QStringLiteral("borg"));
    REQUIRE(borg != nullptr);
    CHECK(borg->label ==
          QStringLiteral("Moet er borg worden betaald als het huurcontract op naam van de deelnemer "
                         "komt te staan? Zo ja, hoeveel is deze borg?"));
    const FormField* declaration = supplement->field(QStringLiteral("goed_huurderschap"));
    REQUIRE(declaration != nullptr);
    CHECK(
        declaration->definition.value(QStringLiteral("text"))
            .toString()
            .startsWith(QStringLiteral("Ik, {naam}, verklaar dat ik me als een goed huurder zal gedragen.")));
    QStringList signers;
    for (const QString& party :
         {QStringLiteral("deelnemer"), QStringLiteral("zorgaanbieder"), QStringLiteral("woningcorporatie")}) {
        const FormField* signature = supplement->field(QStringLiteral("handtekening_") + party);
        REQUIRE(signature != nullptr);
        signers << signature->definition.value(QStringLiteral("caption")).toString();
    }
    CHECK(signers == QStringList{QStringLiteral("Naam en datum"), QStringLiteral("Naam, functie en datum"),
                                 QStringLiteral("Naam, functie en datum")});
}

TEST_CASE("A bad form definition is refused, naming the file, the field and the problem", "[forms][badinput]")
{
    CHECK(problemsWith(R"([{"id": "a", "type": "longtext", "label": "Vraag"}])")
              .contains(QStringLiteral("proef/2026.json, field \"a\": unknown field type \"longtext\"")));
    CHECK(problemsWith(R"([{"id": "a", "type": "long_text", "label": "Vraag"},
                          {"id": "a", "type": "date", "label": "Datum"}])")
              .contains(QStringLiteral("proef/2026.json, field \"a\": the id is used twice")));
    CHECK(problemsWith(
              R"([{"id": "a", "type": "long_text", "label": "Vraag", "relevant": "${vraag6} = 'ja'"}])")
              .contains(QStringLiteral(
                  "field \"a\": rule \"relevant\" names a field that does not exist: \"vraag6\"")));
    CHECK(problemsWith(R"([{"id": "a", "type": "signature", "label": "Handtekening", "party": "buurman"}])")
              .contains(QStringLiteral("a signature needs \"party\"")));
    CHECK(problemsWith(
              R"([{"id": "a", "type": "declaration", "label": "Goed huurderschap", "text": "Ik verklaar"}])")
              .contains(QStringLiteral("{naam}")));
    // A misspelt prefill would silently fill in nothing; one on the wrong kind of field too.
    CHECK(
        problemsWith(
            R"([{"id": "a", "type": "short_text", "label": "Telefoon", "prefill": "deelnemer.telefoonnummer"}])")
            .contains(QStringLiteral("field \"a\": unknown \"prefill\" \"deelnemer.telefoonnummer\"")));
    CHECK(
        problemsWith(
            R"([{"id": "a", "type": "short_text", "label": "Geboren", "prefill": "deelnemer.geboortedatum"}])")
            .contains(
                QStringLiteral("\"prefill\" \"deelnemer.geboortedatum\" fills a field of type date, not "
                               "short_text")));
    const Result<FormDefinition> broken =
        FormDefinition::fromJson("{\"form\": ", QStringLiteral("proef/2026.json"));
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.errors().first().startsWith(QStringLiteral("proef/2026.json: not valid JSON at character")));
    CHECK_FALSE(FormDefinition::builtIn(QStringLiteral("supplement-wgh"), QStringLiteral("1999")).ok());
}

TEST_CASE("Bijlage 3b (2026): the Woonevaluatieformulier with question 6's skip logic", "[forms]")
{
    const Result<FormDefinition> evaluation =
        FormDefinition::builtIn(QStringLiteral("woonevaluatie"), QStringLiteral("2026"));
    INFO(evaluation.errors().join(u'\n').toStdString());
    REQUIRE(evaluation.ok());
    CHECK(evaluation->title == QStringLiteral("Woonevaluatieformulier"));
    QStringList numbered;
    for (const FormSection& section : evaluation->sections) {
        if (!section.number.isEmpty())
            numbered << section.number;
    }
    CHECK(numbered == QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                  QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"),
                                  QStringLiteral("7")});
    // "Nee: ga naar vraag 7 / Ja: vul vraag 6 in, vraag 7 vervalt".
    CHECK(evaluation->field(QStringLiteral("steunstructuur"))->definition.value(QStringLiteral("relevant")) ==
          QStringLiteral("${voordracht_omklap} = 'ja'"));
    CHECK(
        evaluation->field(QStringLiteral("volgend_gesprek"))->definition.value(QStringLiteral("relevant")) ==
        QStringLiteral("${voordracht_omklap} = 'nee'"));
    CHECK(evaluation->field(QStringLiteral("volgend_gesprek"))->label ==
          QStringLiteral("Wat is een goed moment voor het volgende gesprek?"));
}

TEST_CASE("The rule language: references, comparisons, logic, and a clear place for a mistake",
          "[forms][rules]")
{
    const QHash<QString, QString> answers{{QStringLiteral("voordracht_omklap"), QStringLiteral("ja")},
                                          {QStringLiteral("borg"), QStringLiteral("450")},
                                          {QStringLiteral("datum"), QStringLiteral("2026-11-23")}};
    const auto answerOf = [&](const QString& id) { return answers.value(id); };
    const auto holds = [&](const char* text, const QString& current = QString()) {
        const Result<FormExpression> rule = FormExpression::parse(QString::fromUtf8(text));
        INFO(text << ": " << rule.errors().join(u' ').toStdString());
        REQUIRE(rule.ok());
        return rule->isTrue(answerOf, current);
    };
    CHECK(holds("${voordracht_omklap} = 'ja'"));
    CHECK_FALSE(holds("${voordracht_omklap} = \"nee\""));
    CHECK(holds("${borg} > 99")); // numbers compare as numbers: '450' > '99'
    CHECK_FALSE(holds("${borg} < 99"));
    CHECK(holds("${datum} >= '2026-01-01'")); // ISO dates compare as text
    CHECK(holds("${onbeantwoord} = ''"));
    CHECK(holds("${voordracht_omklap} = 'ja' and not(${borg} = '0')"));
    CHECK(holds("(${borg} = '1' or ${borg} = '450') and ${datum} != ''"));
    CHECK(holds("string-length(.) <= 5", QStringLiteral("kort")));
    CHECK_FALSE(holds("string-length(.) <= 5", QStringLiteral("veel te lang")));
    CHECK(FormExpression::parse(QStringLiteral("${a} = 'x' and ${b} != ${c}"))->references() ==
          QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});

    const auto problem = [](const char* text) {
        const Result<FormExpression> rule = FormExpression::parse(QString::fromUtf8(text));
        REQUIRE_FALSE(rule.ok());
        return rule.errors().join(u' ');
    };
    CHECK(problem("${a} = 'ja") == QStringLiteral("at character 8: the text is not closed with '"));
    CHECK(problem("(${a} = 'ja'") == QStringLiteral("at character 13: \")\" expected"));
    CHECK(problem("${a} = ") == QStringLiteral("at character 8: the rule ends too soon"));
    CHECK(problem("${a} == 'ja'").startsWith(QStringLiteral("at character 7: unexpected")));
    CHECK(problemsWith(
              R"([{"id": "a", "type": "long_text", "label": "Vraag", "constraint": "string-length(. <= 5"}])")
              .contains(QStringLiteral("field \"a\": rule \"constraint\" is not valid: at character")));
}

TEST_CASE("A hostile rule is refused quickly with a clear message: deep nesting, a very long chain",
          "[forms][badinput]")
{
    const QString deep = QString(20000, u'(') + QStringLiteral("${a} = 'x'") + QString(20000, u')');
    const Result<FormExpression> nested = FormExpression::parse(deep);
    REQUIRE_FALSE(nested.ok());
    const QString tooDeep = QString(40, u'(') + QStringLiteral("${a} = 'x'") + QString(40, u')');
    const Result<FormExpression> forty = FormExpression::parse(tooDeep);
    REQUIRE_FALSE(forty.ok());
    CHECK(forty.errors().first().contains(QStringLiteral("32")));

    QStringList terms;
    for (int i = 0; i < 40000; ++i)
        terms << QStringLiteral("${a} = 'x'");
    const Result<FormExpression> chain = FormExpression::parse(terms.join(QStringLiteral(" and ")));
    REQUIRE_FALSE(chain.ok());
    CHECK(chain.errors().first().contains(QStringLiteral("2000")));
    // Within the limit a long chain parses and evaluates: linear, not a copy of the rest per token.
    const Result<FormExpression> allowed =
        FormExpression::parse(terms.mid(0, 100).join(QStringLiteral(" and ")));
    REQUIRE(allowed.ok());
    CHECK(allowed->isTrue([](const QString&) { return QStringLiteral("x"); }));
}

TEST_CASE("The wizard's progress counts the questions that apply now, not the declaration or signatures",
          "[forms]")
{
    const FormDefinition form =
        FormDefinition::builtIn(QStringLiteral("woonevaluatie"), QStringLiteral("2026")).value();
    // Counted by hand in forms/woonevaluatie/2026.json: 32 fields that are questions, 11 of them
    // asked only after a given answer ("Zo ja, ...", "Zo nee, ...").
    FormAnswers answers;
    CHECK(FormCheck(form, answers).progress().answered == 0);
    CHECK(FormCheck(form, answers).progress().total == 21);
    answers.insert(QStringLiteral("contact_buren"),
                   QStringLiteral("ja")); // brings "Zo ja, hoe verloopt dat?"
    CHECK(FormCheck(form, answers).progress().answered == 1);
    CHECK(FormCheck(form, answers).progress().total == 22);
    answers.insert(QStringLiteral("contact_buren_hoe"), QStringLiteral("   ")); // blanks are no answer
    CHECK(FormCheck(form, answers).progress().answered == 1);
    for (const FormSection& section : form.sections) {
        for (const FormField& field : section.fields) {
            if (field.type == FieldType::Signature || field.type == FieldType::Declaration)
                CHECK_FALSE(FormCheck::isQuestion(field));
        }
    }
    CHECK(FormField::typeFromName(u"goals_table") == FieldType::GoalsTable);
    CHECK(FormField::typeName(FieldType::GoalsTable) == QStringLiteral("goals_table"));
    CHECK(FormField::typeFromName(u"kleur") == FieldType::Unknown);
}
