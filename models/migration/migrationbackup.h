#pragma once

#include "backup/backupkey.h"
#include "backup/backupsecret.h"
#include "db/pgsession.h"
#include "migration/migrationplan.h"
#include "platform/adapter.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <atomic>
#include <optional>

// The backup a run writes before its first target write: the source tables of the migrated
// entities restricted to the users in scope (by the table's user column), and the target user
// rows of merged users (the rows the run may change). First version: child tables a write
// section fills (dedao refunds) and target rows of other entities are not included yet.
class MigrationBackup
{
public:
    struct Settings
    {
        QString path;
        BackupSecret secret;
        std::optional<ScryptParams> scrypt; // cheaper KDF for tests; unset: the format's default
    };

    MigrationBackup(const MigrationPlan &plan, const Adapter &source, const Adapter &target);

    // Writes the file and returns its SHA-256 (hex).
    Result<QString> write(PgSession &sourceSession, PgSession &targetSession, const Settings &settings,
                          const QUuid &runId, const QSet<QString> &sourceUsers, const QStringList &mergedTargetUsers,
                          const std::atomic<bool> *cancel);

    static Result<QString> fileSha256(const QString &path);

private:
    const MigrationPlan &m_plan;
    const Adapter &m_source;
    const Adapter &m_target;
};
