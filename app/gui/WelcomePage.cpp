#include "WelcomePage.h"

#include "application/BuildInfo.h"

#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_heading(new QLabel(this))
    , m_purpose(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    const int iconSize = fontMetrics().height() * 6;
    m_icon->setPixmap(QIcon(QStringLiteral(":/icons/thuisindewijk.svg")).pixmap(QSize(iconSize, iconSize)));
    m_icon->setAlignment(Qt::AlignHCenter);

    m_heading->setObjectName(QStringLiteral("welcomeHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    for (QLabel* label : {m_heading, m_purpose, m_status}) {
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignHCenter);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_icon);
    layout->addWidget(m_heading);
    layout->addWidget(m_purpose);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(m_status);
    layout->addStretch(2);
    layout->setContentsMargins(48, 24, 48, 24);

    retranslate();
}

void WelcomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslate()
{
    m_heading->setText(tr("Welcome to %1").arg(BuildInfo::applicationName()));
    m_purpose->setText(BuildInfo::purpose());
    m_status->setText(tr("No case file is open yet."));
}
