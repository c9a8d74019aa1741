#include "RuleTestIndex.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace {

struct TestCase
{
    QString name;
    QSet<QString> literals; // every string literal in the body
};

// The concatenated string literals of TEST_CASE("a" "b", "[tags]") up to the first comma.
QString testName(const QString& text, qsizetype from)
{
    static const QRegularExpression literal(QStringLiteral(R"re(\s*"((?:[^"\\]|\\.)*)")re"));
    QString name;
    qsizetype position = from;
    while (true) {
        const QRegularExpressionMatch match = literal.match(text, position, QRegularExpression::NormalMatch,
                                                            QRegularExpression::AnchorAtOffsetMatchOption);
        if (!match.hasMatch())
            break;
        name += match.captured(1);
        position = match.capturedEnd();
    }
    return name.replace(QStringLiteral("\\\""), QStringLiteral("\""));
}

QList<TestCase> testCases(const QString& text)
{
    static const QRegularExpression marker(QStringLiteral(R"re(TEST_CASE\s*\()re"));
    static const QRegularExpression literal(QStringLiteral(R"re("([a-z0-9_-]+)")re"));
    QList<qsizetype> starts;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        starts << it.next().capturedEnd();
    QList<TestCase> cases;
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const qsizetype end = i + 1 < starts.size() ? starts.at(i + 1) : text.size();
        const QString body = text.mid(starts.at(i), end - starts.at(i));
        TestCase testCase{testName(text, starts.at(i)), {}};
        for (auto it = literal.globalMatch(body); it.hasNext();)
            testCase.literals.insert(it.next().captured(1));
        cases << testCase;
    }
    return cases;
}

} // namespace

QHash<QString, QStringList> RuleTestIndex::scan(const QString& testsFolder, const QString& profileId,
                                                const QStringList& keys)
{
    static const QRegularExpression profileLiteral(QStringLiteral(R"re("([a-z]+(?:-[a-z]+)*-\d{4})")re"));
    QHash<QString, QStringList> found;
    QStringList files;
    for (QDirIterator it(testsFolder, {QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
         it.hasNext();)
        files << it.next();
    files.sort(); // the same listing on every machine
    for (const QString& path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        QSet<QString> fileProfiles;
        for (auto it = profileLiteral.globalMatch(text); it.hasNext();)
            fileProfiles.insert(it.next().captured(1));
        for (const TestCase& testCase : testCases(text)) {
            QSet<QString> profiles;
            for (const QString& literal : testCase.literals) {
                if (profileLiteral.match(QStringLiteral("\"%1\"").arg(literal)).hasMatch())
                    profiles.insert(literal);
            }
            const bool underProfile =
                profiles.isEmpty() ? fileProfiles.contains(profileId) : profiles.contains(profileId);
            if (!underProfile)
                continue;
            for (const QString& key : keys) {
                const QString id = key.section(u'.', 1);
                if (testCase.literals.contains(id) && !found.value(key).contains(testCase.name))
                    found[key] << testCase.name;
            }
        }
    }
    return found;
}
