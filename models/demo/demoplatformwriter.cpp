#include "demo/demoplatformwriter.h"

#include "demo/copywriter.h"
#include "demo/demoprogresssink.h"

DemoPlatformWriter::DemoPlatformWriter(const DemoPopulation &population, DemoCatalog::Platform platform, PGconn *conn,
                                       DemoProgressSink &progress)
    : m_population(population), m_catalog(population.catalog()), m_platform(platform), m_conn(conn), m_progress(progress)
{
}

DemoPlatformWriter::~DemoPlatformWriter() = default;

void DemoPlatformWriter::forEachAccount(const AccountFn &fn) const
{
    std::uint64_t ordinal = 0;
    DemoAccount accounts[2];
    for (std::uint64_t i = 0; i < m_population.people(); ++i) {
        if ((i & 0xFFFF) == 0xFFFF)
            m_progress.checkCancelled(); // passes that write few rows still notice a cancel
        const DemoPerson person = m_population.person(i);
        const int n = m_population.accounts(person, m_platform, accounts);
        for (int k = 0; k < n; ++k)
            fn(person, accounts[k], ++ordinal);
    }
}

void DemoPlatformWriter::copyTable(const std::string &table, const std::string &columns,
                                   const std::function<void(CopyWriter &)> &rows)
{
    const std::string qualified = std::string(schema()) + "." + table;
    m_progress.setPhase(m_platform, QString::fromStdString(qualified));
    CopyWriter writer(m_conn, [this](std::int64_t done) { m_progress.add(done); });
    writer.begin(qualified, columns);
    rows(writer);
    m_counts.emplace_back(qualified, writer.finish());
}
