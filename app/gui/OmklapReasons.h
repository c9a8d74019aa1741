#pragma once

#include <QString>

// Why omklap is not possible yet, in words, for each code of the engine's omklap check
// (Werkafspraak 8): shown in the dossier's Omklap tab and at question 6 of the Woonevaluatie.
namespace OmklapReasons {

QString text(const QString& code);

} // namespace OmklapReasons
