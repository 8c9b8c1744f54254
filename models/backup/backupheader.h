#pragma once

#include "backup/backupkey.h"
#include "db/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

// The readable part of a backup file's header (a JSON object; docs/backup-format.md). It says how
// to derive the key (KDF and its parameters), how the payload is cut, and what the backup is of.
// It is authenticated by the header MAC, which the reader checks before trusting any of it beyond
// the KDF parameters it needs to compute that MAC.
struct BackupHeader
{
    static constexpr int kVersion = 1;
    static constexpr int kChunkSize = 64 * 1024;

    BackupSecret::Kind kdf = BackupSecret::Kind::Passphrase; // "scrypt" or "keyfile"
    ScryptParams scrypt;
    QByteArray salt;      // 16 random bytes for scrypt (empty for a key file)
    QByteArray fileNonce; // 16 random bytes: HKDF salt, so no two files share a payload key
    int chunkSize = kChunkSize;
    QString runId;
    QDateTime created;
    QJsonObject metadata; // free-form: source/target platforms, operator, ...

    QByteArray toJson() const;
    // Checks types and bounds (a hostile header must not make scrypt allocate gigabytes).
    static Result<BackupHeader> fromJson(const QByteArray &json);
};
