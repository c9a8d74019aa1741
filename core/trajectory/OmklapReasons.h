#pragma once

#include <QString>

// Why omklap is not possible yet, in words, for each code of the engine's omklap check
// (Werkafspraak 8): shown in the dossier's Omklap tab, at question 6 of the Woonevaluatie, on the
// dashboard and in the command line's text (the JSON keeps the codes).
namespace OmklapReasons {

QString text(const QString& code);

} // namespace OmklapReasons
