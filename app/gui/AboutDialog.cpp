#include "AboutDialog.h"
#include "ApplicationIcon.h"

#include "application/BuildInfo.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About %1").arg(BuildInfo::applicationName()));

    auto* icon = new QLabel(this);
    const int iconSize = fontMetrics().height() * 5;
    icon->setPixmap(applicationIcon().pixmap(QSize(iconSize, iconSize)));
    icon->setAlignment(Qt::AlignTop);

    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(false);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setText(tr("<h2>%1</h2>"
                     "<p>Version %2</p>"
                     "<p>%3</p>"
                     "<p>This program is free software: you can redistribute it and/or modify it under the "
                     "terms of the GNU General Public License, version 3 or (at your option) any later "
                     "version (%4). It comes without any warranty.</p>"
                     "<p>Built with Qt %5.</p>")
                      .arg(BuildInfo::applicationName().toHtmlEscaped(), BuildInfo::version(),
                           BuildInfo::purpose().toHtmlEscaped(), BuildInfo::licence(),
                           QString::fromUtf8(qVersion())));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* content = new QHBoxLayout;
    content->addWidget(icon);
    content->addWidget(text, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(content);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}
