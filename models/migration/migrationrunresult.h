#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QUuid>
#include <QVariantMap>

#include <QtGlobal>

// Per-entity accounting of a run (or of a dry run: what would happen).
struct MigrationEntityCounts
{
    qint64 source = 0;          // records in scope
    qint64 created = 0;
    qint64 merged = 0;
    qint64 skipped = 0;         // includes already migrated by an earlier run of the pair
    qint64 alreadyMigrated = 0; // part of skipped (counted while loading, not from the ledger)
    qint64 quarantined = 0;
    qint64 dropped = 0;
    QMap<QString, qint64> reasons; // reason code -> records (quarantined and dropped)

    qint64 accounted() const { return created + merged + skipped + quarantined + dropped; }
    bool balanced() const { return source == accounted(); }
    QJsonObject toJson() const;
};

struct MigrationUserOutcome
{
    QString sourceKey;
    QString outcome;   // created, merged, skipped, quarantined, excluded
    QString targetKey; // merged/skipped: the existing target user; created: the key it gets, if known
    QString reasonCode;
    QString reason;
};

struct MigrationSample
{
    QString entity;
    QVariantMap source;
    QVariantMap target;
};

struct MigrationRunResult
{
    bool ok = false;
    bool dryRun = false;
    bool cancelled = false;
    QString status;  // done, failed, cancelled, dry-run
    QString error;   // plain words when !ok
    QUuid runId;
    QString planFingerprint;
    QString backupSha256;
    QMap<QString, MigrationEntityCounts> counts; // by entity
    QList<MigrationUserOutcome> users;           // dry run: every user in (or excluded from) scope
    QList<MigrationSample> samples;              // dry run: a few transformed records per entity
    QMap<QString, qint64> unmapped;        // "category:<path>" etc. -> records

    bool balanced() const;
    QJsonObject toJson() const;
};
