#include "SignaturePad.h"

#include "common/DateText.h"
#include "forms/FormCheck.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QTabletEvent>
#include <QTouchEvent>
#include <QVBoxLayout>

SignaturePad::SignaturePad(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("signaturePad"));
    setMinimumSize(240, 90);
    setAttribute(Qt::WA_AcceptTouchEvents);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::CrossCursor);
}

void SignaturePad::setStrokes(const QList<QPolygonF>& strokes)
{
    m_strokes = strokes;
    update();
}

void SignaturePad::clear()
{
    m_strokes.clear();
    update();
    emit changed();
}

QPointF SignaturePad::normalised(const QPointF& at) const
{
    return {std::clamp(at.x() / std::max(1, width()), 0.0, 1.0),
            std::clamp(at.y() / std::max(1, height()), 0.0, 1.0)};
}

void SignaturePad::begin(const QPointF& at)
{
    m_strokes.append(QPolygonF{normalised(at)});
    update();
}

void SignaturePad::extend(const QPointF& at)
{
    if (m_strokes.isEmpty())
        return begin(at);
    m_strokes.last() << normalised(at);
    update();
    emit changed();
}

void SignaturePad::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), Qt::white);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
    painter.drawLine(QPointF(8, height() * 0.75),
                     QPointF(width() - 8, height() * 0.75)); // the line to sign on
    painter.setPen(
        QPen(hasFocus() ? palette().color(QPalette::Highlight) : palette().color(QPalette::Mid), 1));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
    painter.setPen(QPen(QColor(20, 30, 90), 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const QPolygonF& stroke : std::as_const(m_strokes)) {
        QPolygonF placed;
        for (const QPointF& point : stroke)
            placed << QPointF(point.x() * width(), point.y() * height());
        if (placed.size() == 1)
            painter.drawPoint(placed.first());
        else
            painter.drawPolyline(placed);
    }
}

void SignaturePad::mousePressEvent(QMouseEvent* event)
{
    begin(event->position());
}

void SignaturePad::mouseMoveEvent(QMouseEvent* event)
{
    if (event->buttons() & Qt::LeftButton)
        extend(event->position());
}

void SignaturePad::tabletEvent(QTabletEvent* event)
{
    if (event->type() == QEvent::TabletPress)
        begin(event->position());
    else if (event->type() == QEvent::TabletMove && event->pressure() > 0)
        extend(event->position());
    event->accept();
}

bool SignaturePad::event(QEvent* event)
{
    if (event->type() == QEvent::TouchBegin || event->type() == QEvent::TouchUpdate) {
        const auto* touch = static_cast<QTouchEvent*>(event);
        if (!touch->points().isEmpty()) {
            const QPointF at = touch->points().first().position();
            event->type() == QEvent::TouchBegin ? begin(at) : extend(at);
        }
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

SignatureSlot::SignatureSlot(const QString& party, const QString& caption, const QDate& today,
                             QWidget* parent)
    : QWidget(parent)
    , m_party(party)
    , m_today(today)
{
    setObjectName(QStringLiteral("signature_") + party);
    m_pad = new SignaturePad(this);
    m_pad->setAccessibleName(tr("Signature of the %1").arg(party));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("signerName"));
    m_function = new QLineEdit(this);
    m_function->setObjectName(QStringLiteral("signerFunction"));
    m_date = new QLineEdit(DateText::date(today), this);
    m_date->setObjectName(QStringLiteral("signedOn"));
    m_date->setPlaceholderText(tr("dd-mm-jjjj"));
    m_sign = new QPushButton(tr("Sign"), this);
    m_sign->setObjectName(QStringLiteral("sign"));
    m_clear = new QPushButton(tr("Clear"), this);
    m_clear->setObjectName(QStringLiteral("clearSignature"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("signatureState"));
    m_state->setWordWrap(true);

    auto* details = new QFormLayout;
    details->addRow(tr("Name:"), m_name);
    // The form's caption says what it asks: "Naam en datum" or "Naam, functie en datum".
    if (caption.contains(QStringLiteral("functie"), Qt::CaseInsensitive))
        details->addRow(tr("Function:"), m_function);
    else
        m_function->hide();
    details->addRow(tr("Date:"), m_date);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_sign);
    buttons->addWidget(m_clear);
    buttons->addStretch();
    auto* right = new QVBoxLayout;
    right->addLayout(details);
    right->addLayout(buttons);
    right->addWidget(m_state);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pad, 3);
    layout->addLayout(right, 2);

    connect(m_sign, &QPushButton::clicked, this, &SignatureSlot::requestSignature);
    connect(m_clear, &QPushButton::clicked, m_pad, &SignaturePad::clear);
    show(std::nullopt);
}

void SignatureSlot::requestSignature()
{
    const QDate date = FormCheck::parseDate(m_date->text());
    if (m_pad->isEmpty() || m_name->text().trimmed().isEmpty() || !date.isValid()) {
        m_state->setText(tr("To sign: draw the signature, and fill in the name and a date (dd-mm-jjjj)."));
        m_state->setStyleSheet(QStringLiteral("color: #b71c1c;"));
        return;
    }
    emit signRequested(
        {m_party, m_name->text().trimmed(), m_function->text().trimmed(), date, m_pad->strokes()});
}

void SignatureSlot::show(const std::optional<DrawnSignature>& signature)
{
    m_state->setStyleSheet(QString());
    if (!signature) {
        m_state->setText(tr("Not signed yet."));
        return;
    }
    m_pad->setStrokes(signature->strokes);
    m_name->setText(signature->signerName);
    m_function->setText(signature->signerFunction);
    m_date->setText(DateText::date(signature->signedOn));
    m_state->setText(
        tr("Signed by %1 on %2.").arg(signature->signerName, DateText::date(signature->signedOn)));
}

void SignatureSlot::setToday(const QDate& today)
{
    m_today = today;
    m_date->setText(DateText::date(today));
}

void SignatureSlot::lapse()
{
    m_pad->clear();
    m_state->setText(tr("Lapsed: an answer changed after signing. Sign again."));
    m_state->setStyleSheet(QStringLiteral("color: #b71c1c;"));
}

QString SignatureSlot::state() const
{
    return m_state->text();
}
