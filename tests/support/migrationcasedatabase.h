#pragma once

#include "migration/migrationrunner.h"

#include <QString>
#include <QUuid>

#include <pqxx/connection>

#include <map>
#include <memory>
#include <optional>
#include <string>

// Seeds both demo platforms into the database `conninfo` names; false (with a warning) on failure.
bool seedDemoPlatforms(const std::string &conninfo, int users, int seed);
// The shipped plan (resources/plans/dedao-to-ximalaya.json) with another batch size.
std::optional<MigrationPlan> shippedDemoPlan(int batchSize);

// A copy of a seeded demo database (both platforms, dedao -> ximalaya) for one case of a
// migration test: CREATE DATABASE ... TEMPLATE is much faster than seeding again. The template
// must have no open connection while it is copied.
class MigrationCaseDatabase
{
public:
    MigrationCaseDatabase(const QString &templateName, const QString &name);

    const std::string &name() const { return m_name; }
    qint64 scalar(const std::string &sql);
    // Rows per plan entity in the ximalaya table the entity creates rows in.
    std::map<std::string, qint64> targetRows();
    // Terminates this database's backends with that application_name and waits until they are
    // gone, so the next call on such a connection finds it dead. Returns how many.
    int terminate(const QString &applicationName);
    // dedao -> ximalaya in this database, with a fast backup into `backupPath`.
    MigrationRunSettings runSettings(const MigrationPlan &plan, const QUuid &runId, const QString &backupPath) const;
    // The run is done, the target holds exactly the rows the ledger says were created, each target
    // key once, and every committed batch's ledger and quarantine rows add up to its row count.
    // Reports through QTest; check QTest::currentTestFailed() after it.
    void verifyExactTarget(const QUuid &runId, const std::map<std::string, qint64> &before);

    static std::string runLiteral(const QUuid &runId); // '…'::uuid

private:
    std::string m_name;
    std::unique_ptr<pqxx::connection> m_conn;
};
