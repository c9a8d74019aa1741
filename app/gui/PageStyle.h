#pragma once

#include <QFont>
#include <QLabel>
#include <QLayout>

#include <algorithm>

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

// Sets a wrapped message and gives the label the height the text needs at its width: layouts
// do not grow a row for text that wraps after they were laid out.
inline void showWrapped(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setMinimumHeight(text.isEmpty() ? 0 : label->heightForWidth(std::max(label->width(), 200)));
    if (QWidget* window = label->window(); window && window->layout()) {
        window->layout()->activate();
        window->resize(window->size().expandedTo(window->minimumSizeHint()));
    }
}
