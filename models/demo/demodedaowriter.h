#pragma once

#include "demo/demoplatformwriter.h"

// The 得到-style platform's tables (resources/demo/dedao.sql): integer ids, epoch seconds, fen,
// category paths, percent progress, lower-case e-mail, "+86 138 0013 8000" phones.
class DemoDedaoWriter : public DemoPlatformWriter
{
public:
    DemoDedaoWriter(const DemoPopulation &population, PGconn *conn, DemoProgressSink &progress);

    const char *schema() const override { return "dedao"; }
    void writeTables() override;
    std::string sequenceSql() const override;

    // Ids that orphan rows point at: far above anything the demo creates.
    static constexpr std::int64_t kMissingUserBase = 1000000000;
    static constexpr std::int64_t kMissingCourseBase = 50000000;

private:
    void writeUsers();
    void writeCourses();
    void writeOrders();
    void writeRefunds();
    void writeProgress();
    void writeActions();
    void writeMembers();
    void writeConsents();
};
