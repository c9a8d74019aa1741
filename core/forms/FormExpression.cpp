#include "forms/FormExpression.h"

struct FormExpression::Node
{
    enum class Kind { Literal, Field, Current, Compare, And, Or, Not, Length };
    Kind kind = Kind::Literal;
    QString text; // the literal, the field id, or the comparison operator
    QList<std::shared_ptr<const Node>> operands;
};

namespace {

using Node = FormExpression::Node;
using NodePtr = std::shared_ptr<const Node>;

NodePtr make(Node::Kind kind, QString text = {}, QList<NodePtr> operands = {})
{
    auto node = std::make_shared<Node>();
    node->kind = kind;
    node->text = std::move(text);
    node->operands = std::move(operands);
    return node;
}

// Recursive descent over the text; the first problem stops it.
class Parser
{
public:
    explicit Parser(const QString& text)
        : m_text(text)
    {}

    NodePtr parseAll()
    {
        NodePtr node = parseOr();
        skipSpace();
        if (m_problem.isEmpty() && m_at < m_text.size())
            fail(FormExpression::tr("unexpected \"%1\"").arg(m_text.mid(m_at, 10)));
        return m_problem.isEmpty() ? node : nullptr;
    }
    QString problem() const { return m_problem; }
    QStringList references() const { return m_references; }

private:
    void fail(const QString& problem)
    {
        if (m_problem.isEmpty())
            m_problem = FormExpression::tr("at character %1: %2").arg(m_at + 1).arg(problem);
    }
    void skipSpace()
    {
        while (m_at < m_text.size() && m_text.at(m_at).isSpace())
            ++m_at;
    }
    bool accept(QStringView token)
    {
        skipSpace();
        // A view, not a copy of the rest of the text: parsing stays linear in the rule's length.
        if (!QStringView(m_text).mid(m_at).startsWith(token))
            return false;
        // A word must end where the token ends: "and" is not the start of "andere".
        const qsizetype end = m_at + token.size();
        if (token.front().isLetter() && end < m_text.size() &&
            (m_text.at(end).isLetterOrNumber() || m_text.at(end) == u'_'))
            return false;
        m_at = end;
        return true;
    }
    void expect(QStringView token)
    {
        if (!accept(token))
            fail(FormExpression::tr("\"%1\" expected").arg(token.toString()));
    }

    NodePtr parseOr()
    {
        NodePtr left = parseAnd();
        while (m_problem.isEmpty() && accept(u"or"))
            left = make(Node::Kind::Or, {}, {left, parseAnd()});
        return left;
    }
    NodePtr parseAnd()
    {
        NodePtr left = parseComparison();
        while (m_problem.isEmpty() && accept(u"and"))
            left = make(Node::Kind::And, {}, {left, parseComparison()});
        return left;
    }
    NodePtr parseComparison()
    {
        NodePtr left = parsePrimary();
        for (const char16_t* op : {u"!=", u"<=", u">=", u"=", u"<", u">"}) {
            if (m_problem.isEmpty() && accept(QStringView(op)))
                return make(Node::Kind::Compare, QString::fromUtf16(op), {left, parsePrimary()});
        }
        return left;
    }
    NodePtr parsePrimary()
    {
        skipSpace();
        if (m_at >= m_text.size()) {
            fail(FormExpression::tr("the rule ends too soon"));
            return nullptr;
        }
        if (accept(u"${")) {
            const qsizetype end = m_text.indexOf(u'}', m_at);
            if (end < 0) {
                fail(FormExpression::tr("\"}\" expected"));
                return nullptr;
            }
            const QString name = m_text.mid(m_at, end - m_at).trimmed();
            m_at = end + 1;
            if (name.isEmpty())
                fail(FormExpression::tr("a field name is missing in ${}"));
            m_references << name;
            return make(Node::Kind::Field, name);
        }
        if (accept(u"not")) {
            expect(u"(");
            NodePtr inner = nested();
            expect(u")");
            return make(Node::Kind::Not, {}, {inner});
        }
        if (accept(u"string-length")) {
            expect(u"(");
            NodePtr inner = nested();
            expect(u")");
            return make(Node::Kind::Length, {}, {inner});
        }
        if (accept(u"(")) {
            NodePtr inner = nested();
            expect(u")");
            return inner;
        }
        const QChar first = m_text.at(m_at);
        if (first == u'\'' || first == u'"') {
            const qsizetype end = m_text.indexOf(first, m_at + 1);
            if (end < 0) {
                fail(FormExpression::tr("the text is not closed with %1").arg(first));
                return nullptr;
            }
            const QString literal = m_text.mid(m_at + 1, end - m_at - 1);
            m_at = end + 1;
            return make(Node::Kind::Literal, literal);
        }
        if (first.isDigit() || first == u'-') {
            qsizetype end = m_at + 1;
            while (end < m_text.size() && (m_text.at(end).isDigit() || m_text.at(end) == u'.'))
                ++end;
            const QString number = m_text.mid(m_at, end - m_at);
            bool ok = false;
            number.toDouble(&ok);
            if (!ok) {
                fail(FormExpression::tr("\"%1\" is not a number").arg(number));
                return nullptr;
            }
            m_at = end;
            return make(Node::Kind::Literal, number);
        }
        if (first == u'.') {
            ++m_at;
            return make(Node::Kind::Current);
        }
        fail(FormExpression::tr("unexpected \"%1\"").arg(m_text.mid(m_at, 10)));
        return nullptr;
    }

    // Brackets within brackets: bounded, so a hostile definition cannot exhaust the stack.
    NodePtr nested()
    {
        if (m_depth >= FormExpression::maximumDepth) {
            fail(FormExpression::tr("the rule nests deeper than %1 levels of brackets")
                     .arg(FormExpression::maximumDepth));
            return nullptr;
        }
        ++m_depth;
        NodePtr inner = parseOr();
        --m_depth;
        return inner;
    }

    const QString& m_text;
    qsizetype m_at = 0;
    int m_depth = 0;
    QString m_problem;
    QStringList m_references;
};

QString valueOf(const Node& node, const FormExpression::Answers& answers, const QString& current);

bool truthOf(const Node& node, const FormExpression::Answers& answers, const QString& current)
{
    switch (node.kind) {
    case Node::Kind::And:
        return truthOf(*node.operands.at(0), answers, current) &&
               truthOf(*node.operands.at(1), answers, current);
    case Node::Kind::Or:
        return truthOf(*node.operands.at(0), answers, current) ||
               truthOf(*node.operands.at(1), answers, current);
    case Node::Kind::Not:
        return !truthOf(*node.operands.at(0), answers, current);
    case Node::Kind::Compare: {
        const QString left = valueOf(*node.operands.at(0), answers, current);
        const QString right = valueOf(*node.operands.at(1), answers, current);
        bool leftIsNumber = false;
        bool rightIsNumber = false;
        const double leftNumber = left.toDouble(&leftIsNumber);
        const double rightNumber = right.toDouble(&rightIsNumber);
        const int order = leftIsNumber && rightIsNumber ? (leftNumber < rightNumber   ? -1
                                                           : leftNumber > rightNumber ? 1
                                                                                      : 0)
                                                        : left.compare(right);
        const QString& op = node.text;
        return op == u"="    ? order == 0
               : op == u"!=" ? order != 0
               : op == u"<"  ? order < 0
               : op == u"<=" ? order <= 0
               : op == u">"  ? order > 0
                             : order >= 0;
    }
    default:
        // A bare value counts as true when it is answered (not empty, not 'nee').
        const QString value = valueOf(node, answers, current);
        return !value.isEmpty() && value != u"nee";
    }
}

QString valueOf(const Node& node, const FormExpression::Answers& answers, const QString& current)
{
    switch (node.kind) {
    case Node::Kind::Literal:
        return node.text;
    case Node::Kind::Field:
        return answers(node.text);
    case Node::Kind::Current:
        return current;
    case Node::Kind::Length:
        return QString::number(valueOf(*node.operands.at(0), answers, current).size());
    default:
        return truthOf(node, answers, current) ? QStringLiteral("ja") : QStringLiteral("nee");
    }
}

} // namespace

Result<FormExpression> FormExpression::parse(const QString& text)
{
    // A rule of a form is a line or two; a longer one is a mistake or an attack, and it would
    // make the evaluation's recursion as deep as its chain of "and"s.
    if (text.size() > maximumLength)
        return Result<FormExpression>::failure(
            tr("the rule is %1 characters long; at most %2 are allowed").arg(text.size()).arg(maximumLength));
    Parser parser(text);
    NodePtr root = parser.parseAll();
    if (!root)
        return Result<FormExpression>::failure(parser.problem());
    FormExpression expression;
    expression.m_root = root;
    expression.m_references = parser.references();
    return expression;
}

bool FormExpression::isTrue(const Answers& answers, const QString& current) const
{
    return m_root && truthOf(*m_root, answers, current);
}
