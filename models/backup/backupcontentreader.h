#pragma once

#include "backup/backuptable.h"
#include "db/result.h"

#include <QByteArray>
#include "backup/backupcrypto.h"

#include <utility>
#include <vector>

class BackupReader;

// One record of a backup's payload (see BackupContentWriter).
struct BackupItem
{
    enum class Kind { Table, Row, End };
    Kind kind = Kind::End;
    BackupTable table; // Table: the section's table; Row: the table the row belongs to
    QByteArray row;    // Row: COPY text line without line end
    QByteArray rowHash; // Row: its SHA-256 (already checked)
};

// Reads the payload records of an unlocked BackupReader one at a time (memory: one chunk plus one
// row) and checks what the encryption cannot know: every row against its SHA-256, rows only
// inside a table section, the end record's row counts and content hash, nothing after the end.
class BackupContentReader
{
public:
    explicit BackupContentReader(BackupReader &in);

    // The next record; the End record comes last and only after all checks passed.
    Result<BackupItem> next();
    const std::vector<std::pair<QString, qint64>> &tableRows() const { return m_tableRows; }
    QByteArray contentHash() const { return m_contentHash; }

private:
    DbError need(qsizetype bytes);
    DbError invalid(const QString &message) const;
    Result<BackupItem> checkEnd(const QByteArray &body);

    BackupReader &m_in;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    BackupCrypto::Sha256 m_hash;
    QByteArray m_contentHash;
    BackupTable m_table;
    bool m_inTable = false;
    bool m_ended = false;
    std::vector<std::pair<QString, qint64>> m_tableRows;
};
