#include "WelcomePage.h"

#include "PageStyle.h"

#include "application/BuildInfo.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_heading(new QLabel(this))
    , m_purpose(new QLabel(this))
    , m_status(new QLabel(this))
    , m_newButton(new QPushButton(this))
    , m_openButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    const int iconSize = fontMetrics().height() * 6;
    m_icon->setPixmap(QIcon(QStringLiteral(":/icons/thuisindewijk.svg")).pixmap(QSize(iconSize, iconSize)));
    m_icon->setAlignment(Qt::AlignHCenter);

    m_heading->setObjectName(QStringLiteral("welcomeHeading"));
    styleAsHeading(m_heading, 1.6);

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
    m_newButton->setObjectName(QStringLiteral("newStoreButton"));
    m_openButton->setObjectName(QStringLiteral("openStoreButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_openButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(2);
    connect(m_newButton, &QPushButton::clicked, this, &WelcomePage::newStoreRequested);
    connect(m_openButton, &QPushButton::clicked, this, &WelcomePage::openStoreRequested);
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
    m_status->setText(tr("No case file is open yet. Make a new one, or open the one you use."));
    m_newButton->setText(tr("&New case file..."));
    m_openButton->setText(tr("&Open case file..."));
}
