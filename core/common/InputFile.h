#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

// Reads a file a user hands the program (a trajectory, answers, a form definition, a PDF to
// check, a certificate), whole but bounded: only a regular file (a link to /dev/zero is refused,
// not read until the memory runs out), and at most `limit` bytes, with a sentence naming the
// file and what is wrong.
class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)

public:
    static constexpr qint64 jsonLimit = 16 * 1024 * 1024; // a trajectory of 100,000 events fits
    static constexpr qint64 definitionLimit = 1024 * 1024;
    static constexpr qint64 pdfLimit = 64 * 1024 * 1024;
    static constexpr qint64 certificateLimit = 1024 * 1024;

    [[nodiscard]] static Result<QByteArray> read(const QString& path, qint64 limit);
};
