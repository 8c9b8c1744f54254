#pragma once

#include "backup/backupheader.h"
#include "backup/backupkey.h"
#include "backup/backupsecret.h"
#include "db/result.h"

#include <QByteArray>
#include <QFile>

// Reads an encrypted backup file chunk by chunk (memory: one chunk) and refuses anything that is
// not exactly what the writer wrote: a damaged or foreign header, a wrong passphrase or key file,
// a flipped bit, reordered, duplicated or missing chunks, a file cut short or with bytes appended.
// Plaintext is handed out only after its chunk authenticated. Format: docs/backup-format.md.
class BackupReader
{
public:
    // Reads the header (magic, JSON, MAC, checksum). A header damaged in transit is reported here,
    // before any key is needed; its MAC is checked by unlock().
    DbError open(const QString &path);
    const BackupHeader &header() const { return m_header; }
    // Derives the keys and checks the header MAC ("wrong passphrase or key file" when it fails).
    DbError unlock(const BackupSecret &secret);

    // The next chunk's plaintext (possibly empty for the final chunk). After the final chunk
    // authenticated, atEnd() is true and a further call is an error.
    Result<QByteArray> nextChunk();
    bool atEnd() const { return m_atEnd; }
    // Back to the first chunk, keys kept: a second pass without deriving the key again.
    DbError rewind();
    std::uint64_t chunksRead() const { return m_counter; }

private:
    DbError damaged(const QString &message) const;

    QFile m_file;
    BackupHeader m_header;
    QByteArray m_signedHeader;
    QByteArray m_mac;
    QByteArray m_aad;
    BackupKey m_payloadKey;
    QByteArray m_sealed;
    qint64 m_payloadOffset = 0;
    std::uint64_t m_counter = 0;
    bool m_unlocked = false;
    bool m_atEnd = false;
};
