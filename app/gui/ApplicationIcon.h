#pragma once

#include <QIcon>

// The SVG app icon compiled in from resources/icons (the same file the .deb installs).
inline QIcon applicationIcon()
{
    return QIcon(QStringLiteral(":/icons/thuisindewijk.svg"));
}
