#include "testdatabase.h"
#include "usersfixture.h"

#include "db/pgsession.h"
#include "identity/identitynormalizer.h"
#include "platform/adapterloader.h"
#include "users/person.h"
#include "users/platformworker.h"
#include "users/profileloader.h"
#include "users/usersearch.h"

#include <QTest>
#include <QTimeZone>

#include <pqxx/nontransaction>

namespace {
const char *kFixture = UsersFixture::kSql;
const QString kX1 = QStringLiteral("00000000-0000-0000-0000-000000000001");
const QString kX2 = QStringLiteral("00000000-0000-0000-0000-000000000002");
} // namespace

// Search, identity grouping and the profile SQL against the real sandbox, on both demo adapters
// (dedao: integer ids, epoch seconds, fen; ximalaya: UUIDs, timestamptz, yuan).
class TestUserDirectory : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<PlatformWorker> m_dedao;
    std::unique_ptr<PlatformWorker> m_ximalaya;

    std::unique_ptr<PlatformWorker> worker(const QString &platform)
    {
        ConnectionProfile p = m_db->profile(platform);
        p.adapterPath = QStringLiteral(":/adapters/%1.json").arg(platform);
        return std::make_unique<PlatformWorker>(p, QString(), platform);
    }

    template <class T>
    static T wait(QFuture<Result<T>> f)
    {
        f.waitForFinished();
        Result<T> r = f.result();
        if (!r.ok())
            qFatal("%s: %s", qPrintable(r.error().message), qPrintable(r.error().serverText));
        return r.value();
    }

    QList<UserSearch::Hit> search(PlatformWorker &w, const QString &text)
    {
        const UserSearch::Query q = UserSearch::Query::parse(text);
        return wait(w.run<QList<UserSearch::Hit>>([q](PlatformWorker::Context &c) { return UserSearch::search(c, q); }));
    }

    static QStringList keys(const QList<UserSearch::Hit> &hits)
    {
        QStringList out;
        for (const auto &h : hits)
            out << h.account.userKey;
        return out;
    }

    Profile::AccountProfile profile(PlatformWorker &w, const QString &key, const QString &zone)
    {
        return wait(w.run<Profile::AccountProfile>(
            [key, zone](PlatformWorker::Context &c) { return ProfileLoader::load(c, key, zone); }));
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>(QStringLiteral("userdirectory"));
        QVERIFY(m_db->isReady());
        QVERIFY(m_db->createDemoSchema(QStringLiteral("dedao")));
        QVERIFY(m_db->createDemoSchema(QStringLiteral("ximalaya")));
        QVERIFY(m_db->exec(kFixture));
        m_dedao = worker(QStringLiteral("dedao"));
        m_ximalaya = worker(QStringLiteral("ximalaya"));
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("dedao");
        QTest::addColumn<QStringList>("ximalaya");
        const QStringList x12{kX1, kX2};
        QTest::newRow("full-width digits") << QString::fromUtf8("１３８００１３８０００") << QStringList{"1"} << x12;
        QTest::newRow("+86 and spaces") << "+86 138 0013 8000" << QStringList{"1"} << x12;
        QTest::newRow("0086 and dashes") << "0086-138-0013-8000" << QStringList{"1"} << x12;
        QTest::newRow("national") << "13800138000" << QStringList{"1"} << x12;
        QTest::newRow("e-mail in capitals") << "ZHANG.WEI@EXAMPLE.COM" << QStringList{"1"} << QStringList{kX1};
        QTest::newRow("e-mail stored with blanks") << "li.na@example.cn" << QStringList{"3"} << QStringList{};
        QTest::newRow("name prefix") << QString::fromUtf8("张") << QStringList{"1", "2"} << QStringList{kX1};
        QTest::newRow("latin name, other case") << "zhang" << QStringList{} << QStringList{kX2};
        QTest::newRow("dedao id") << "2" << QStringList{"2"} << QStringList{};
        QTest::newRow("ximalaya uuid") << kX2 << QStringList{} << QStringList{kX2};
        QTest::newRow("same last 8 digits, other number") << "13900138000" << QStringList{} << QStringList{};
        QTest::newRow("like wildcards are literal") << "%" << QStringList{} << QStringList{};
        QTest::newRow("hostile text") << "'; DROP TABLE dedao.users; --" << QStringList{} << QStringList{};
    }

    void search()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, dedao);
        QFETCH(QStringList, ximalaya);
        QStringList d = keys(search(*m_dedao, text)), x = keys(search(*m_ximalaya, text));
        d.sort();
        x.sort();
        QCOMPARE(d, dedao);
        QCOMPARE(x, ximalaya);
    }

    void searchSaysWhenItStopped()
    {
        // Two 张 on dedao: a limit of 1 leaves one out, and says so; the default limit does not.
        const UserSearch::Query q = UserSearch::Query::parse(QString::fromUtf8("张"));
        for (const auto &[limit, expectTruncated] : {std::pair{1, true}, std::pair{50, false}}) {
            auto truncated = std::make_shared<bool>(!expectTruncated);
            const auto hits = wait(m_dedao->run<QList<UserSearch::Hit>>([q, limit = limit, truncated](PlatformWorker::Context &c) {
                return UserSearch::search(c, q, limit, truncated.get());
            }));
            QCOMPARE(*truncated, expectTruncated);
            QCOMPARE(hits.size(), expectTruncated ? 1 : 2);
        }
    }

    void peopleWithEvidenceAndConflicts()
    {
        // What UserDirectory does: the search's hits, then every account holding their identifiers.
        QList<UserSearch::Hit> hits = search(*m_dedao, QStringLiteral("+86 138 0013 8000"));
        QCOMPARE(hits.size(), 1);
        const QString email = IdentityNormalizer::email(hits[0].email).value;
        const QString phone = IdentityNormalizer::phone(hits[0].phone).value;
        QList<UserSearch::Hit> linked = wait(m_ximalaya->run<QList<UserSearch::Hit>>([&](PlatformWorker::Context &c) {
            return UserSearch::accountsWith(c, {email}, {phone});
        }));
        QCOMPARE(linked.size(), 2);
        for (auto &h : linked)
            h.matchedBy = UserSearch::ByLink;
        const QList<Person> people = Person::fromHits(hits + linked);
        QCOMPARE(people.size(), 1);
        const Person &p = people.first();
        QCOMPARE(p.accounts.size(), 2); // dedao 1 and ximalaya …01: e-mail and phone agree
        QCOMPARE(p.platforms, (QStringList{"dedao", "ximalaya"}));
        QCOMPARE(p.evidence, (QStringList{"email:zhang.wei@example.com", "phone:+8613800138000"}));
        // ximalaya …02 shares the phone with both but has another e-mail: flagged, not merged.
        QCOMPARE(p.conflicts.size(), 2);
        for (const Person::Conflict &c : p.conflicts) {
            QCOMPARE(c.shared, QStringLiteral("phone:+8613800138000"));
            QCOMPARE(c.differing, QStringLiteral("email"));
            QCOMPARE(c.b.account.userKey, kX2);
        }
    }

    void dedaoProfile()
    {
        const Profile::AccountProfile p = profile(*m_dedao, QStringLiteral("1"), QStringLiteral("Asia/Shanghai"));
        QCOMPARE(p.facts.name, QStringLiteral("张伟"));
        QCOMPARE(p.facts.registeredAt, QDateTime::fromSecsSinceEpoch(1700000000, QTimeZone::utc()));
        QCOMPARE(p.facts.channel, QStringLiteral("pc"));
        QCOMPARE(p.facts.memberships.size(), 1);
        QCOMPARE(p.facts.memberships[0].tier, QStringLiteral("premium"));
        QCOMPARE(p.facts.consents.size(), 2);
        QCOMPARE(p.facts.consents[0].purpose, QStringLiteral("migration"));
        QVERIFY(p.facts.consents[0].granted);
        QVERIFY(!p.facts.consents[1].granted);
        // Orders, newest first, in fen; the refund comes from dedao's refunds table.
        QCOMPARE(p.purchases.size(), 2);
        QCOMPARE(p.purchases[0].orderNo, QStringLiteral("D-0002"));
        QCOMPARE(p.purchases[1].refundFen, 19900);
        QCOMPARE(p.purchases[1].itemTitle, QStringLiteral("管理学二十讲"));
        QCOMPARE(p.totals.orders, 2);
        QCOMPARE(p.totals.refunds, 1);
        QCOMPARE(p.totals.paidFen, 29800);
        QCOMPARE(p.totals.netFen(), 9900);
        QCOMPARE(p.progress.size(), 2);
        QCOMPARE(p.progress[0].itemTitle, QStringLiteral("宋词"));
        QCOMPARE(p.progress[0].fraction, 1.0);
        // Events in Shanghai time: Monday 2023-11-20 has the two plays, Tuesday the view and the
        // search, Wednesday the collect.
        QCOMPARE(p.eventCount, 5);
        auto count = [&](const char *day, const char *kind) {
            for (const auto &d : p.timeline)
                if (d.day == QDate::fromString(QString::fromLatin1(day), Qt::ISODate) && d.kind == QLatin1String(kind))
                    return d.count;
            return qint64(0);
        };
        QCOMPARE(count("2023-11-20", "play"), 2);
        QCOMPARE(count("2023-11-21", "view"), 1);
        QCOMPARE(count("2023-11-21", "search"), 1);
        QCOMPARE(count("2023-11-22", "favourite"), 1); // dedao's collect
        QCOMPARE(p.heatmap[0][23], 2); // Monday 23:00
        QCOMPARE(p.heatmap[1][0], 1);  // Tuesday 00:00
        QCOMPARE(p.heatmap[1][10], 1); // Tuesday 10:00 (02:00 UTC)
        qint64 cells = 0;
        for (const auto &row : p.heatmap)
            for (qint64 v : row)
                cells += v;
        QCOMPARE(cells, 5);
        QHash<QString, QPair<qint64, qint64>> channels;
        for (const auto &c : p.channels)
            channels[c.channel] = {c.events, c.orders};
        QCOMPARE(channels.value("ios"), (QPair<qint64, qint64>{2, 1}));
        QCOMPARE(channels.value("pc"), (QPair<qint64, qint64>{2, 1}));
        QCOMPARE(channels.value("h5"), (QPair<qint64, qint64>{1, 0}));
        // Interest steps: top-level categories of events on items, and of orders.
        qint64 business = 0, humanities = 0;
        for (const auto &s : p.interestSteps) {
            if (s.category == QStringLiteral("商业"))
                business += s.count;
            if (s.category == QStringLiteral("人文"))
                humanities += s.count;
        }
        QCOMPARE(business, 3 + 2); // two plays and a view; two orders
        QCOMPARE(humanities, 1);
        for (int i = 1; i < p.interestSteps.size(); ++i)
            QVERIFY(p.interestSteps[i - 1].day <= p.interestSteps[i].day);
    }

    void daysFollowTheTimeZone()
    {
        const Profile::AccountProfile p = profile(*m_dedao, QStringLiteral("1"), QStringLiteral("UTC"));
        QCOMPARE(p.heatmap[0][15], 2); // Monday 15:00 UTC
        QCOMPARE(p.heatmap[0][16], 1);
    }

    void ximalayaProfile()
    {
        const Profile::AccountProfile p = profile(*m_ximalaya, kX1, QStringLiteral("Asia/Shanghai"));
        QCOMPARE(p.facts.phone, QString::fromUtf8("１３８００１３８０００")); // raw, masked by the view
        QCOMPARE(p.facts.channel, QStringLiteral("ios"));
        QCOMPARE(p.purchases.size(), 1);
        QCOMPARE(p.purchases[0].amountFen, 9990);
        QCOMPARE(p.purchases[0].refundFen, 5000);
        QCOMPARE(p.purchases[0].category, QStringLiteral("人文/历史"));
        QCOMPARE(p.totals.netFen(), 4990);
        QCOMPARE(p.progress.size(), 1);
        QCOMPARE(p.progress[0].fraction, 0.25);
        QCOMPARE(p.progress[0].seconds, 900);
        QCOMPARE(p.eventCount, 2);
        QCOMPARE(p.heatmap[0][8], 2); // Monday 2023-12-04 08:00 in Shanghai
    }

    void unknownAccount()
    {
        const UserSearch::Query q;
        auto f = m_dedao->run<Profile::AccountProfile>(
            [](PlatformWorker::Context &c) { return ProfileLoader::load(c, QStringLiteral("999"), QStringLiteral("UTC")); });
        f.waitForFinished();
        QVERIFY(!f.result().ok());
        QVERIFY(f.result().error().message.contains(QStringLiteral("999")));
    }

    void staleJobsAreSkipped()
    {
        auto channel = std::make_shared<std::atomic<quint64>>(0);
        const PlatformWorker::Ticket first = PlatformWorker::next(channel);
        // Occupy the worker, then queue a job whose ticket goes stale before its turn.
        auto busy = m_dedao->run<int>([](PlatformWorker::Context &c) -> Result<int> {
            auto r = c.session.exec("SELECT pg_sleep(0.3)");
            if (!r.ok())
                return r.error();
            return 1;
        }, first);
        auto skipped = m_dedao->run<int>([](PlatformWorker::Context &) -> Result<int> { return 2; }, first);
        const PlatformWorker::Ticket second = PlatformWorker::next(channel);
        m_dedao->cancelStale(); // the sleeping statement's ticket is stale too: cancelled
        auto fresh = m_dedao->run<int>([](PlatformWorker::Context &) -> Result<int> { return 3; }, second);
        fresh.waitForFinished();
        QVERIFY(!busy.result().ok());
        QCOMPARE(busy.result().error().kind, DbError::Kind::Cancelled);
        QVERIFY(!skipped.result().ok());
        QCOMPARE(skipped.result().error().kind, DbError::Kind::Cancelled);
        QCOMPARE(fresh.result().value(), 3);
    }
};

QTEST_GUILESS_MAIN(TestUserDirectory)
#include "tst_userdirectory.moc"
