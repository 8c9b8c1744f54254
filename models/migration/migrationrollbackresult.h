#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <QtGlobal>

// What a migration rollback did and what it proved (MigrationRollback).
struct MigrationRollbackResult
{
    struct EntityCounts
    {
        qint64 created = 0;       // ledger rows with outcome created
        qint64 deleted = 0;       // target rows deleted by this invocation
        qint64 childDeleted = 0;  // child-table rows deleted with them (dedao refunds)
        qint64 remaining = -1;    // proof: created rows still on the target (-1: not checked)
        qint64 remainingChildren = -1;
        QJsonObject toJson() const;
    };

    QUuid runId;
    // rolled_back: done and proven; rolling_back: started but not finished (cancelled or failed:
    // run the rollback again); refused: nothing was changed.
    QString status;
    bool ok = false;
    bool proven = false;
    bool cancelled = false;
    bool alreadyRolledBack = false; // an earlier invocation finished it
    QString error;                  // plain words when !ok

    QStringList entities;                // in deletion order
    QMap<QString, EntityCounts> counts;  // by entity
    QStringList restoredTables;          // backup sections written back (schema.table)
    qint64 backupRowsChecked = 0;        // backed-up target rows compared after the restore
    qint64 rowsRestored = 0;             // of those, rows inserted or set back
    qint64 backupMismatches = -1;        // proof: backed-up rows not identical afterwards (-1: not checked)
    qint64 notificationsRemoved = 0;
    qint64 notificationsAlreadySent = 0;
    QStringList proof;                   // the proof summary, one line each, for people

    QJsonObject toJson() const;
};
