// The demo generator against the real PostgreSQL sandbox: determinism (same users and seed give
// the same content checksum, another seed another one), believability of the data, the dirt it
// promises, atomicity on cancel, and identity sequences usable after the load.
#include "demo/demogenerator.h"
#include "demo/demorhythm.h"
#include "testdatabase.h"

#include <QTest>

#include <pqxx/nontransaction>
#include <pqxx/transaction>

namespace {
constexpr qint64 kUsers = 300;

// Phone digits as a matcher would normalise them: full-width to ASCII, digits only, last 11.
const char *const kNormalPhone =
    "right(regexp_replace(translate(%1, '０１２３４５６７８９', '0123456789'), '[^0-9]', '', 'g'), 11)";

QString normalPhone(const QString &column)
{
    return QString::fromUtf8(kNormalPhone).arg(column);
}
} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameSeedSameContent();
    void rowCountsAreBelievable();
    void channelsAndNames();
    void overlapAndVariantWritings();
    void dirtIsPresent();
    void timesFollowTheWindow();
    void refundsAreConsistent();
    void sequencesAreAdvanced();
    void cancelKeepsPreviousData();

private:
    QString seed(std::uint64_t seedValue, DemoSeedSummary *summary = nullptr);
    qint64 scalar(const std::string &sql);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<pqxx::connection> m_conn;
    QString m_checksum;
    DemoSeedSummary m_summary;
};

QString TestDemoGenerator::seed(std::uint64_t seedValue, DemoSeedSummary *summary)
{
    DemoSeedOptions options;
    options.users = static_cast<std::uint64_t>(kUsers);
    options.seed = seedValue;
    options.conninfo = m_db->conninfo();
    DemoGenerator generator(options);
    auto result = generator.seed();
    if (!result) {
        QTest::qFail(qPrintable(result.error().message + QLatin1Char(' ') + result.error().serverText), __FILE__, __LINE__);
        return {};
    }
    if (summary)
        *summary = result.value();
    auto sum = DemoGenerator::checksum(*m_conn);
    if (!sum) {
        QTest::qFail(qPrintable(sum.error().serverText), __FILE__, __LINE__);
        return {};
    }
    return sum.value();
}

qint64 TestDemoGenerator::scalar(const std::string &sql)
{
    pqxx::nontransaction tx(*m_conn);
    return tx.exec1(sql)[0].as<qint64>();
}

void TestDemoGenerator::initTestCase()
{
    m_db = std::make_unique<TestDatabase>(QStringLiteral("demogenerator"));
    QVERIFY(m_db->isReady());
    m_conn = m_db->connect();
    m_checksum = seed(7, &m_summary);
    QVERIFY(!m_checksum.isEmpty());
}

void TestDemoGenerator::sameSeedSameContent()
{
    const QString other = seed(8);
    QVERIFY(!other.isEmpty());
    QVERIFY2(other != m_checksum, "another seed must give other data");
    const QString again = seed(7);
    QCOMPARE(again, m_checksum);
}

void TestDemoGenerator::rowCountsAreBelievable()
{
    QCOMPARE(m_summary.tableRows.size(), std::size_t(16));
    std::map<QString, qint64> rows(m_summary.tableRows.begin(), m_summary.tableRows.end());
    for (const QString &table : DemoGenerator::tables())
        QCOMPARE(scalar("SELECT count(*) FROM " + table.toStdString()), rows[table]);
    // People: 30 % on both, 33 % only 得到, the rest only 喜马拉雅 (+1 % duplicates).
    QVERIFY(rows["dedao.users"] > kUsers * 0.45 && rows["dedao.users"] < kUsers * 0.85);
    QVERIFY(rows["ximalaya.account"] > kUsers * 0.45 && rows["ximalaya.account"] < kUsers * 0.9);
    const qint64 events = rows["dedao.user_actions"] + rows["ximalaya.behavior_log"];
    QVERIFY2(events > kUsers * 15 && events < kUsers * 400, qPrintable(QString::number(events)));
    QVERIFY(rows["dedao.orders"] > kUsers / 4);
    QVERIFY(rows["ximalaya.purchase"] > kUsers / 4);
    QVERIFY(rows["dedao.study_progress"] > 50 && rows["ximalaya.listen_progress"] > 50);
    QVERIFY(rows["dedao.vip_members"] > 10 && rows["ximalaya.vip_subscription"] > 10);
    QVERIFY(rows["dedao.user_consents"] > rows["dedao.users"] * 2);
    QVERIFY(rows["dedao.courses"] > 100 && rows["ximalaya.album"] > 80);
    QCOMPARE(rows["ximalaya.category"], qint64(20));
    // Heavy tail: the busiest user has far more events than the median one.
    const qint64 busiest = scalar("SELECT max(n) FROM (SELECT count(*) n FROM dedao.user_actions GROUP BY user_id) s");
    const qint64 median = scalar("SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY n) FROM "
                                 "(SELECT count(*) n FROM dedao.user_actions GROUP BY user_id) s");
    QVERIFY2(busiest > 10 * median, qPrintable(QStringLiteral("%1 vs %2").arg(busiest).arg(median)));
}

void TestDemoGenerator::channelsAndNames()
{
    QCOMPARE(scalar("SELECT count(DISTINCT reg_channel) FROM dedao.users WHERE reg_channel IN ('pc','h5','ios','android')"), 4);
    QCOMPARE(scalar("SELECT count(DISTINCT signup_client) FROM ximalaya.account WHERE signup_client IN ('iOS','Android','H5','PC')"), 4);
    QCOMPARE(scalar("SELECT count(DISTINCT platform) FROM dedao.user_actions"), 4);
    QCOMPARE(scalar("SELECT count(DISTINCT client) FROM ximalaya.behavior_log"), 4);
    // 得到 skews to PC/H5, 喜马拉雅 to the phone apps.
    QVERIFY(scalar("SELECT count(*) FILTER (WHERE reg_channel IN ('pc','h5')) * 2 - count(*) FROM dedao.users") > 0);
    QVERIFY(scalar("SELECT count(*) FILTER (WHERE signup_client IN ('iOS','Android')) * 2 - count(*) FROM ximalaya.account") > 0);
    QCOMPARE(scalar("SELECT count(DISTINCT action) FROM dedao.user_actions WHERE action IN "
                    "('view','click','play','like','collect','comment','share','search')"), 8);
    QCOMPARE(scalar("SELECT count(DISTINCT event_type) FROM ximalaya.behavior_log WHERE event_type IN "
                    "('browse','tap','listen','thumb_up','subscribe','comment','forward','query')"), 8);
    QCOMPARE(scalar("SELECT count(DISTINCT plan) FROM dedao.vip_members"), 3);
    QCOMPARE(scalar("SELECT count(DISTINCT consent_type) FROM ximalaya.privacy_consent"), 3);
    QVERIFY(scalar("SELECT count(*) FROM dedao.courses WHERE title LIKE '%讲' OR title LIKE '%专栏'") > 10);
    QVERIFY(scalar("SELECT count(*) FROM dedao.users WHERE mobile ~ '^\\+86 1[0-9]{2} [0-9]{4} [0-9]{4}$'") > kUsers / 4);
    QVERIFY(scalar("SELECT count(*) FROM ximalaya.account WHERE phone_number ~ '^1[0-9]{10}$'") > kUsers / 8);
    QVERIFY(scalar("SELECT count(*) FROM ximalaya.account WHERE phone_number LIKE '%-%'") > 0); // older rows
}

void TestDemoGenerator::overlapAndVariantWritings()
{
    // People on both platforms, found by phone or e-mail after normalising the writing.
    const std::string sql =
        "SELECT count(*) FROM ximalaya.account a WHERE EXISTS (SELECT 1 FROM dedao.users u WHERE "
        + normalPhone("u.mobile").toStdString() + " = " + normalPhone("a.phone_number").toStdString()
        + " OR lower(trim(u.email)) = lower(trim(a.email_addr)))";
    const qint64 matched = scalar(sql);
    QVERIFY2(matched > kUsers * 0.2 && matched < kUsers * 0.45, qPrintable(QString::number(matched)));
    QVERIFY(scalar("SELECT count(*) FROM ximalaya.account WHERE phone_number ~ '[０-９]' OR phone_number LIKE '0086%' "
                   "OR phone_number LIKE '+86 %' OR phone_number <> trim(phone_number)") > 0);
    QVERIFY(scalar("SELECT count(*) FROM ximalaya.account WHERE email_addr <> lower(trim(email_addr))") > 0);
}

void TestDemoGenerator::dirtIsPresent()
{
    QVERIFY(scalar("SELECT count(*) FROM dedao.orders o WHERE NOT EXISTS (SELECT 1 FROM dedao.users u WHERE u.id = o.user_id) "
                   "OR NOT EXISTS (SELECT 1 FROM dedao.courses c WHERE c.id = o.course_id)") > 0);
    QVERIFY(scalar("SELECT count(*) FROM ximalaya.behavior_log b WHERE NOT EXISTS "
                   "(SELECT 1 FROM ximalaya.account a WHERE a.account_id = b.account_id) OR (b.album_id IS NOT NULL AND "
                   "NOT EXISTS (SELECT 1 FROM ximalaya.album a WHERE a.album_id = b.album_id))") > 0);
    QVERIFY(scalar("SELECT count(*) FROM dedao.study_progress WHERE percent > 100") > 0);
    QVERIFY(scalar("SELECT count(*) FROM ximalaya.listen_progress WHERE listened_seconds < 0") > 0);
    QVERIFY(scalar("SELECT (SELECT count(*) FROM dedao.orders WHERE amount_fen < 0) + "
                   "(SELECT count(*) FROM ximalaya.purchase WHERE paid_yuan < 0)") > 0);
    QVERIFY(scalar("SELECT count(*) FROM dedao.users WHERE email !~ '^[^@ ]+@[^@ ]+\\.[a-z]+$'") > 0);
    QVERIFY(scalar("SELECT count(*) FROM dedao.users WHERE nickname IS NULL OR trim(nickname) = ''") > 0);
    // A person with two accounts on one platform: the same normalised phone twice.
    QVERIFY(scalar("SELECT count(*) FROM (SELECT " + normalPhone("mobile").toStdString()
                   + " p FROM dedao.users WHERE mobile IS NOT NULL GROUP BY 1 HAVING count(*) > 1) d") > 0);
    // ...but different people never share a number.
    QVERIFY(scalar("SELECT count(*) FROM (SELECT " + normalPhone("mobile").toStdString()
                   + " p FROM dedao.users WHERE mobile IS NOT NULL GROUP BY 1 HAVING count(*) > 2) d") == 0);
}

void TestDemoGenerator::timesFollowTheWindow()
{
    const qint64 reference = DemoRhythm::referenceTime();
    QVERIFY(scalar("SELECT max(ts) FROM dedao.user_actions") < reference);
    QVERIFY(scalar("SELECT min(ts) FROM dedao.user_actions") >= DemoRhythm::windowStart());
    QVERIFY(scalar("SELECT count(*) FROM ximalaya.behavior_log WHERE occurred_at >= '2025-07-01 00:00+08'") == 0);
    // Evening (20-22 h China time) is busier than the small hours (2-4 h).
    QVERIFY(scalar("SELECT count(*) FILTER (WHERE h BETWEEN 20 AND 22) - 3 * count(*) FILTER (WHERE h BETWEEN 2 AND 4) "
                   "FROM (SELECT extract(hour FROM to_timestamp(ts) AT TIME ZONE 'Asia/Shanghai') h FROM dedao.user_actions) s") > 0);
    // No event before its account was registered.
    QCOMPARE(scalar("SELECT count(*) FROM dedao.user_actions a JOIN dedao.users u ON u.id = a.user_id WHERE a.ts < u.reg_time"), 0);
}

void TestDemoGenerator::refundsAreConsistent()
{
    QCOMPARE(scalar("SELECT count(*) FROM dedao.refunds"), scalar("SELECT count(*) FROM dedao.orders WHERE status = 'refunded'"));
    QCOMPARE(scalar("SELECT count(*) FROM dedao.refunds r JOIN dedao.orders o ON o.id = r.order_id WHERE o.status <> 'refunded'"), 0);
    QCOMPARE(scalar("SELECT count(*) FROM ximalaya.purchase WHERE (state = 'REFUNDED') <> (refund_yuan IS NOT NULL)"), 0);
}

void TestDemoGenerator::sequencesAreAdvanced()
{
    pqxx::work tx(*m_conn);
    const qint64 maxUser = tx.exec1("SELECT max(id) FROM dedao.users")[0].as<qint64>();
    const qint64 newUser = tx.exec1("INSERT INTO dedao.users (nickname, reg_time, reg_channel) VALUES ('新用户', 0, 'pc') "
                                    "RETURNING id")[0].as<qint64>();
    QVERIFY(newUser > maxUser);
    for (const char *table : {"courses", "orders", "refunds", "user_actions", "vip_members"}) {
        const std::string t = std::string("dedao.") + table;
        const qint64 max = tx.exec1("SELECT coalesce(max(id), 0) FROM " + t)[0].as<qint64>();
        const qint64 next = tx.exec1("SELECT nextval(pg_get_serial_sequence('" + t + "', 'id'))")[0].as<qint64>();
        QVERIFY2(next > max, table);
    }
    tx.exec0("INSERT INTO ximalaya.behavior_log (account_id, event_type, client, occurred_at) "
             "VALUES (gen_random_uuid(), 'browse', 'ios', now())");
    tx.abort(); // leave the seeded content untouched
}

void TestDemoGenerator::cancelKeepsPreviousData()
{
    DemoSeedOptions options;
    options.users = static_cast<std::uint64_t>(kUsers);
    options.seed = 99;
    options.conninfo = m_db->conninfo();
    std::atomic<bool> cancel{true};
    auto result = DemoGenerator(options).seed({}, &cancel);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, DbError::Kind::Cancelled);
    auto sum = DemoGenerator::checksum(*m_conn);
    QVERIFY(sum);
    QCOMPARE(sum.value(), m_checksum);
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
