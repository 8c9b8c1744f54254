#pragma once

#include "demo/democatalog.h"
#include "demo/demopopulation.h"

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

class CopyWriter;
class DemoProgressSink;
typedef struct pg_conn PGconn;

// Writes one demo platform's tables through COPY on one connection (inside the caller's
// transaction). Each table is one pass over all people in index order, regenerating what the
// table needs: memory stays bounded and every pass numbers rows identically.
class DemoPlatformWriter
{
public:
    DemoPlatformWriter(const DemoPopulation &population, DemoCatalog::Platform platform, PGconn *conn,
                       DemoProgressSink &progress);
    virtual ~DemoPlatformWriter();

    virtual const char *schema() const = 0;
    virtual void writeTables() = 0;
    // SQL that sets identity sequences past the loaded ids.
    virtual std::string sequenceSql() const = 0;

    // (schema.table, rows) in load order.
    const std::vector<std::pair<std::string, std::int64_t>> &counts() const { return m_counts; }

protected:
    using AccountFn = std::function<void(const DemoPerson &, const DemoAccount &, std::uint64_t ordinal)>;
    // Every account of the platform in a fixed order; ordinal counts accounts from 1.
    void forEachAccount(const AccountFn &fn) const;
    // COPYs one table: `rows` writes all rows to the writer.
    void copyTable(const std::string &table, const std::string &columns, const std::function<void(CopyWriter &)> &rows);

    const DemoPopulation &m_population;
    const DemoCatalog &m_catalog;
    DemoCatalog::Platform m_platform;
    PGconn *m_conn;
    DemoProgressSink &m_progress;
    std::vector<std::pair<std::string, std::int64_t>> m_counts;
};
