#pragma once

#include <QDate>
#include <QList>
#include <QPolygonF>
#include <QString>

// In a header of its own (issue 17) so that the store keeps signatures without depending on the
// PDF that shows them: forms -> store -> pdf, never back.
//
// A signature drawn on screen by one of the three parties: the strokes as vectors, in a box of
// 1 x 1 (x to the right, y down), and who signed when (issue 7).
struct DrawnSignature
{
    QString party; // deelnemer, zorgaanbieder, woningcorporatie
    QString signerName;
    QString signerFunction;
    QDate signedOn;
    QList<QPolygonF> strokes; // none: signed by hand on the printed form, recorded afterwards
};
