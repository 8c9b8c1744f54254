#pragma once

#include "backup/backupheader.h"
#include "backup/backupkey.h"
#include "backup/backupsecret.h"
#include "db/dberror.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

class QSaveFile;

// Writes an encrypted backup file as a stream: memory holds one chunk whatever the payload size.
// The file appears under its name only when finish() succeeds (QSaveFile), so an interrupted
// backup never looks complete. Format: docs/backup-format.md.
class BackupWriter
{
public:
    BackupWriter();
    ~BackupWriter();
    BackupWriter(const BackupWriter &) = delete;
    BackupWriter &operator=(const BackupWriter &) = delete;

    // `header` carries run id, metadata and scrypt cost; the writer fills in kdf, salt, file
    // nonce, chunk size and (when unset) the creation time.
    DbError open(const QString &path, const BackupSecret &secret, BackupHeader header = {});
    DbError write(QByteArrayView data);
    // Seals the last (shorter, possibly empty) chunk with the final flag and commits the file.
    DbError finish();
    // Drops everything written so far; the target path is left untouched.
    void cancel();

    const BackupHeader &header() const { return m_header; }
    qint64 payloadBytes() const { return m_payloadBytes; }

private:
    DbError sealChunk(QByteArrayView plain, bool final);
    DbError writeFailed() const;

    std::unique_ptr<QSaveFile> m_file;
    BackupHeader m_header;
    BackupKey m_payloadKey;
    QByteArray m_aad; // SHA-256 of the whole header: binds every chunk to this file
    QByteArray m_plain;
    QByteArray m_sealed;
    std::uint64_t m_counter = 0;
    qint64 m_payloadBytes = 0;
};
