#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

// The rules of a form definition (`relevant`, `constraint`), in a tiny language in the style of
// XLSForm (docs/forms.md):
//   ${veld}  another field's answer      .  this field's answer
//   'tekst' or "tekst", 12, 3.5          literals
//   =  !=  <  <=  >  >=                  compare as numbers when both sides are numbers,
//                                        otherwise as text (ISO dates compare rightly as text)
//   and  or  not(...)  ( ... )           logic
//   string-length(x)                     the number of characters
// An unanswered field is the empty text ''.
class FormExpression
{
    Q_DECLARE_TR_FUNCTIONS(FormExpression)

public:
    using Answers = std::function<QString(const QString& fieldId)>;

    // Fails with the place and the problem: "at character 12: ')' expected". Rules are at most
    // maximumLength characters and maximumDepth brackets deep: a rule nested 20,000 levels deep overflowed
    // the stack.
    static Result<FormExpression> parse(const QString& text);
    static constexpr qsizetype maximumLength = 2000;
    static constexpr int maximumDepth = 32;

    // The fields the expression names with ${...}.
    QStringList references() const { return m_references; }
    [[nodiscard]] bool isTrue(const Answers& answers, const QString& current = QString()) const;

    struct Node;

private:
    std::shared_ptr<const Node> m_root;
    QStringList m_references;
};
