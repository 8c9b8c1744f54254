#pragma once

#include "backup/backupheader.h"
#include "backup/backupsecret.h"
#include "db/result.h"

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

class BackupReader;

// What a verified backup holds.
struct BackupSummary
{
    BackupHeader header;
    std::vector<std::pair<QString, qint64>> tableRows; // schema.table, rows
    qint64 totalRows = 0;
    std::uint64_t chunks = 0;
    QByteArray contentHash; // SHA-256 of the payload before its end record
};

// Checks a backup completely without a database: every chunk authenticates in order up to the
// final one, every row matches its SHA-256, the end record's counts and content hash hold.
namespace BackupVerifier {
Result<BackupSummary> verify(const QString &path, const BackupSecret &secret);
// The same on a reader that is open and unlocked; reads it to its end.
Result<BackupSummary> verify(BackupReader &reader);
}
