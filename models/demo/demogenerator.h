#pragma once

#include "db/result.h"
#include "demo/demoprogresssink.h"

#include <QString>
#include <QStringList>

#include <pqxx/connection>

#include <atomic>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

struct DemoSeedOptions
{
    std::uint64_t users = 1000; // people; each is on one or both platforms
    std::uint64_t seed = 1;
    std::string conninfo;       // libpq connection string; "" = libpq's PG* environment
};

struct DemoSeedSummary
{
    std::vector<std::pair<QString, std::int64_t>> tableRows; // schema.table, rows; load order
    std::int64_t totalRows = 0;
    double seconds = 0;
};

// Fills the two demo platforms (schemas dedao and ximalaya, from the :/demo/*.sql resources) with
// believable, deterministic data: the same users and seed give byte-identical table contents on
// every machine and whatever the thread scheduling. Each platform is generated and loaded by its
// own thread on its own connection, in one transaction that first recreates the schema; the two
// transactions commit only when both have loaded, so a failed or cancelled seed leaves the old
// data in place. Memory stays bounded (tables are streamed, one user's events at a time).
class DemoGenerator
{
public:
    explicit DemoGenerator(DemoSeedOptions options);

    // Blocks until done. `progress` is called from the loading threads; `cancel` is polled
    // between 64 KiB chunks.
    Result<DemoSeedSummary> seed(const DemoProgressSink::Callback &progress = {},
                                 const std::atomic<bool> *cancel = nullptr);

    // A stable hash of the full content of both demo schemas (per table: row count and an
    // order-independent sum of per-row md5s, over rows rendered in UTC), for proving determinism.
    static Result<QString> checksum(pqxx::connection &conn);
    static Result<QString> checksum(const std::string &conninfo);

    // Every demo table, schema-qualified, in load order.
    static QStringList tables();

private:
    DemoSeedOptions m_options;
};
