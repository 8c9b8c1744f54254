#pragma once

#include "backup/backuptable.h"
#include "db/dberror.h"

#include <QByteArray>
#include <QByteArrayView>
#include "backup/backupcrypto.h"

#include <utility>
#include <vector>

class BackupWriter;

// The payload of a backup (inside the encryption): records "type byte ‖ u32 big-endian length ‖
// body". A table record ('T', JSON) opens a section; each row record ('R') is the row's SHA-256
// followed by the row in PostgreSQL COPY text format (no line end); the end record ('E', JSON)
// gives per-table row counts and the SHA-256 of every payload byte before it.
class BackupContentWriter
{
public:
    explicit BackupContentWriter(BackupWriter &out);

    DbError beginTable(const BackupTable &table);
    // One row in COPY text format; a trailing '\n' is dropped.
    DbError addRow(QByteArrayView copyLine);
    // Writes the end record and finishes the file.
    DbError finish();

    const std::vector<std::pair<QString, qint64>> &tableRows() const { return m_tableRows; }

private:
    DbError record(char type, QByteArrayView head, QByteArrayView body);

    BackupWriter &m_out;
    BackupCrypto::Sha256 m_contentHash;
    std::vector<std::pair<QString, qint64>> m_tableRows;
    QByteArray m_scratch;
};
