#pragma once

#include "demo/demoplatformwriter.h"

// The 喜马拉雅-style platform's tables (resources/demo/ximalaya.sql): UUIDs derived from the seed,
// timestamptz, yuan, a category table, seconds listened, e-mail as typed, 11-digit phones.
class DemoXimalayaWriter : public DemoPlatformWriter
{
public:
    DemoXimalayaWriter(const DemoPopulation &population, PGconn *conn, DemoProgressSink &progress);

    const char *schema() const override { return "ximalaya"; }
    void writeTables() override;
    std::string sequenceSql() const override;

    // category_id of sub-category `sub` and of its top level.
    static int categoryId(std::size_t sub);
    static int topCategoryId(std::size_t top) { return static_cast<int>(top + 1) * 100; }

private:
    void writeCategories();
    void writeAlbums();
    void writeAccounts();
    void writePurchases();
    void writeProgress();
    void writeBehaviour();
    void writeSubscriptions();
    void writeConsents();
    void accountId(CopyWriter &w, const DemoAccount &account) const;
    void missingId(CopyWriter &w, std::uint64_t tag, std::int64_t n) const;
};
