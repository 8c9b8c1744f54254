#pragma once

#include "backup/backupheader.h"
#include "backup/backupkey.h"
#include "backup/backupsecret.h"
#include "db/pgsession.h"
#include "migration/migrationplan.h"
#include "platform/adapter.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <atomic>
#include <optional>

// The backup a run writes before its first target write: the source tables of the migrated
// entities restricted to the users in scope (by the table's user column), and the target user
// rows of merged users (the rows the run may change). Tables joined straight to an entity's base
// table (dedao refunds) follow it, restricted to the rows that belong to base rows in scope.
// The header's metadata lists the sections in file order with their side ("sections":
// [{"side": "source"|"target", "table": "schema.table"}]), so a rollback can write back the
// target's sections only.
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

    // Writes the file and returns its SHA-256 (hex). `sourceUsers` null: every row of the source
    // tables is in scope (scope "all"), so they are backed up whole.
    Result<QString> write(PgSession &sourceSession, PgSession &targetSession, const Settings &settings,
                          const QUuid &runId, const QSet<QString> *sourceUsers, const QStringList &mergedTargetUsers,
                          const std::atomic<bool> *cancel);

    static Result<QString> fileSha256(const QString &path);
    // Positions of the target's sections in a backup written by write(); nullopt when the header
    // does not say (a backup written before the sections were listed).
    static std::optional<QList<int>> targetSections(const BackupHeader &header);

    static constexpr const char *kSectionsKey = "sections";

private:
    const MigrationPlan &m_plan;
    const Adapter &m_source;
    const Adapter &m_target;
};
