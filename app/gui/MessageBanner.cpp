#include "MessageBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_text->setObjectName(QStringLiteral("messageBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_closeButton->setObjectName(QStringLiteral("messageBannerClose"));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    connect(m_closeButton, &QToolButton::clicked, this, &MessageBanner::dismiss);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);

    retranslate();
    hide();
}

void MessageBanner::showMessage(Severity severity, const QString& text)
{
    m_severity = severity;
    m_text->setText(text);
    applySeverityStyle();
    show();
}

void MessageBanner::dismiss()
{
    m_text->clear();
    hide();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

void MessageBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void MessageBanner::retranslate()
{
    m_closeButton->setToolTip(tr("Close message"));
    m_closeButton->setAccessibleName(tr("Close message"));
    setAccessibleName(tr("Message"));
}

// Colours from the palette's own roles where possible so dark themes stay readable; the tint
// marks the severity, the icon repeats it for people who do not tell the colours apart.
void MessageBanner::applySeverityStyle()
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QColor tint(0xd6, 0xe9, 0xf8);
    switch (m_severity) {
    case Severity::Information:
        break;
    case Severity::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        tint = QColor(0xff, 0xf1, 0xc7);
        break;
    case Severity::Error:
        icon = QStyle::SP_MessageBoxCritical;
        tint = QColor(0xfb, 0xd9, 0xd6);
        break;
    }
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(iconSize, iconSize));

    QPalette colours = palette();
    colours.setColor(QPalette::Window, tint);
    colours.setColor(QPalette::WindowText, Qt::black);
    setPalette(colours);
}
