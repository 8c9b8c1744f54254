#include "testdatabase.h"
#include "usersfixture.h"

#include "platform/adaptersession.h"
#include "recommend/interactionweights.h"
#include "recommend/platforminteractions.h"

#include <QTest>

// Interactions read from the demo platforms through their adapters, on the users fixture whose
// every row is known: strengths and signals per (user, item), refunds removed, searches ignored,
// and people linked across platforms by identity resolution.
class TestPlatformInteractions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;

    PlatformInteractions::Data load(const QString &platform)
    {
        auto opened = AdapterSession::open(m_db->conninfo(), QStringLiteral(":/adapters/%1.json").arg(platform));
        if (!opened.ok())
            qFatal("%s", qPrintable(opened.error().message + QLatin1Char(' ') + opened.error().detail));
        auto data = PlatformInteractions::loadWithAccounts(*opened->session, opened->adapter);
        if (!data.ok())
            qFatal("%s", qPrintable(data.error().message + QLatin1Char(' ') + data.error().serverText));
        return std::move(*data);
    }

    static const History::Entry *entry(const Interactions &d, const QString &user, const QString &item)
    {
        static History h;
        const int u = d.userIndex(user);
        if (u < 0)
            return nullptr;
        h = History::ofUser(d, u);
        for (const auto &e : h.entries)
            if (d.item(e.item).key == item)
                return &e;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>(QStringLiteral("platforminteractions"));
        QVERIFY(m_db->isReady());
        QVERIFY(m_db->createDemoSchema(QStringLiteral("dedao")));
        QVERIFY(m_db->createDemoSchema(QStringLiteral("ximalaya")));
        QVERIFY(m_db->exec(UsersFixture::kSql));
    }

    void dedaoStrengths()
    {
        const auto l = load(QStringLiteral("dedao"));
        const Interactions &d = l.interactions;
        QCOMPARE(d.itemCount(), 3); // every item, with or without interactions
        QCOMPARE(d.item(d.itemIndex(QStringLiteral("10"))).category, QStringLiteral("商业/管理"));
        // 张伟 refunded course 10: its progress and plays go with it.
        QVERIFY(!entry(d, QStringLiteral("1"), QStringLiteral("10")));
        // Course 11: a paid order and a view.
        const auto *bought = entry(d, QStringLiteral("1"), QStringLiteral("11"));
        QVERIFY(bought);
        QCOMPARE(bought->strength, InteractionWeights::kPaidOrder + InteractionWeights::event(QStringLiteral("view")));
        QCOMPARE(bought->signal, Interactions::Signal::Bought);
        // Course 12: finished (100 %) and collected (a favourite).
        const auto *finished = entry(d, QStringLiteral("1"), QStringLiteral("12"));
        QVERIFY(finished);
        QCOMPARE(finished->strength, InteractionWeights::kProgress + InteractionWeights::event(QStringLiteral("favourite")));
        QCOMPARE(finished->signal, Interactions::Signal::Finished);
        // User 2: bought and played course 12.
        const auto *other = entry(d, QStringLiteral("2"), QStringLiteral("12"));
        QVERIFY(other);
        QCOMPARE(other->strength, InteractionWeights::kPaidOrder + InteractionWeights::event(QStringLiteral("play")));
        // Li Na did nothing: not among the users; the search (no item) counts for nothing.
        QCOMPARE(d.userIndex(QStringLiteral("3")), -1);
        QCOMPARE(d.entryCount(), 3);
        QCOMPARE(l.accounts.size(), 3);
    }

    void peopleAcrossPlatforms()
    {
        const auto dedao = load(QStringLiteral("dedao"));
        const auto ximalaya = load(QStringLiteral("ximalaya"));
        QVERIFY(ximalaya.interactions.itemCount() > 0);
        const auto pairs = PlatformInteractions::samePeople(dedao.accounts, ximalaya.accounts);
        // 张伟 only: ximalaya …02 shares his phone but not his e-mail (a conflict, never linked).
        QCOMPARE(pairs.size(), 1);
        QCOMPARE(pairs.front().first, QStringLiteral("1"));
        QCOMPARE(pairs.front().second, QStringLiteral("00000000-0000-0000-0000-000000000001"));
    }
};

QTEST_GUILESS_MAIN(TestPlatformInteractions)
#include "tst_platforminteractions.moc"
