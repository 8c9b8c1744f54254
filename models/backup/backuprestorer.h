#pragma once

#include "backup/backupcontentreader.h"
#include "backup/backupsecret.h"
#include "backup/backuptable.h"
#include "db/result.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

class PgSession;

struct BackupRestoreReport
{
    struct Table
    {
        QString name;          // schema.table
        bool created = false;  // the table did not exist and was created from the backup
        qint64 inBackup = 0;
        qint64 restored = 0;   // rows written
        qint64 alreadyPresent = 0; // InsertMissing: rows whose primary key was already there
        qint64 mismatches = 0; // backup rows not found identical (per-row SHA-256) afterwards
    };
    std::vector<Table> tables;
    bool committed = false;

    qint64 mismatches() const;
};

// Puts a backup's rows back into a database in one transaction. The file is verified completely
// first (BackupVerifier), so a damaged or tampered file writes nothing. Missing schemas and
// tables are created from the backup's column list and primary key. After loading, every table's
// rows are read back with the dumper's rendering and compared by per-row SHA-256; the transaction
// commits only when nothing mismatches.
//
// Modes:
//  - IntoEmpty: every table must be missing or empty; afterwards it must hold exactly the backed-up
//    rows (same multiset of row hashes).
//  - InsertMissing (for rollback): the tables exist with a primary key; only rows whose key is
//    absent are inserted (INSERT ... ON CONFLICT DO NOTHING from a temporary copy), rows already
//    there are left alone. Afterwards every backed-up row must be present unchanged; a row whose
//    key exists with other content counts as a mismatch and nothing is committed.
//  - RestoreChanged (migration rollback): as InsertMissing, and a row whose key exists with other
//    content is set back to the backed-up values (INSERT ... ON CONFLICT DO UPDATE, only where the
//    row's text differs). Afterwards every backed-up row must be present unchanged.
// A section filter restricts the restore to some of the backup's table sections (a migration
// backup holds source and target tables; a rollback writes back only the target's); the other
// sections are read and checked but not written.
// Identity and serial sequences of existing tables are advanced past the restored values (never
// moved back).
// Memory: 32 bytes per row of the largest table (the hashes compared), plus one chunk.
class BackupRestorer
{
public:
    enum class Mode { IntoEmpty, InsertMissing, RestoreChanged };
    // index: the section's position in the backup (0-based); return false to leave it out.
    using SectionFilter = std::function<bool(int index, const BackupTable &table)>;

    explicit BackupRestorer(PgSession &session);
    // Polled between rows; when set, restore() rolls back and returns Kind::Cancelled.
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    void setSectionFilter(SectionFilter filter) { m_filter = std::move(filter); }
    Result<BackupRestoreReport> restore(const QString &path, const BackupSecret &secret, Mode mode);

private:
    Result<bool> prepareTable(const BackupTable &table, Mode mode); // true: created
    DbError checkTypeName(const QString &type);
    Result<qint64> load(BackupContentReader &content, const BackupTable &table, Mode mode,
                        std::vector<QByteArray> &hashes, std::optional<BackupItem> &following);
    Result<qint64> compare(const BackupTable &table, std::vector<QByteArray> &backupHashes, Mode mode);
    DbError advanceSequences(const BackupTable &table);

    PgSession &m_session;
    int m_tempCounter = 0;
    const std::atomic<bool> *m_cancel = nullptr;
    SectionFilter m_filter;
};
