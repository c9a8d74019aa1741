#pragma once

#include <QFont>
#include <QLabel>

// The few looks the pages and dialogs share, in one place.

// A page heading: bold and larger than the text around it.
inline void styleAsHeading(QLabel* label, double scale = 1.5)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
}

// Where a form says what is wrong, in red under the fields ("problem", for tests).
inline QLabel* createProblemLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("problem"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    return label;
}
