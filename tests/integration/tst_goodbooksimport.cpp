#include "plantedinteractions.h"
#include "testdatabase.h"

#include "db/pgsession.h"
#include "platform/adaptersession.h"
#include "recommend/goodbooksimport.h"
#include "recommend/goodbooksreader.h"
#include "recommend/offlineevaluation.h"
#include "recommend/platforminteractions.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// goodbooks-format files imported as two platforms and read back through their adapters give
// the same positives as the files read directly; readers are linked across the two by identity
// resolution; an existing import is kept unless replaced; bad files change nothing.
class TestGoodbooksImport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;

    Result<PlatformInteractions::Data> read(const QString &group)
    {
        auto opened = AdapterSession::open(m_db->conninfo(), QStringLiteral(":/adapters/goodbooks-%1.json").arg(group));
        if (!opened.ok())
            return opened.error();
        return PlatformInteractions::loadWithAccounts(*opened->session, opened->adapter);
    }

    static QSet<QString> pairs(const Interactions &d)
    {
        QSet<QString> out;
        for (int u = 0; u < d.userCount(); ++u)
            for (const auto &e : History::ofUser(d, u).entries)
                out.insert(d.userKey(u) + QLatin1Char('/') + d.item(e.item).key);
        return out;
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>(QStringLiteral("goodbooksimport"));
        QVERIFY(m_db->isReady());
        const Interactions planted = plantedInteractions(6, 30, 8, 4, 3);
        QFile groups(m_dir.filePath(QStringLiteral("book_groups.csv")));
        QVERIFY(groups.open(QIODevice::WriteOnly));
        groups.write("book_id,goodreads_book_id,primary_genre_tag,group,title\n");
        for (int i = 0; i < planted.itemCount(); ++i)
            groups.write(QStringLiteral("%1,%1,genre-%2,%3,\"Book %1, \"\"quoted\"\"\"\n").arg(i + 1).arg(i / 8).arg(i < 24 ? "fiction" : "nonfiction").toUtf8());
        QFile ratings(m_dir.filePath(QStringLiteral("ratings.csv")));
        QVERIFY(ratings.open(QIODevice::WriteOnly));
        ratings.write("user_id,book_id,rating\n");
        for (int u = 0; u < planted.userCount(); ++u)
            for (const auto &e : History::ofUser(planted, u).entries)
                ratings.write(QStringLiteral("%1,%2,%3\n").arg(u % 90 + 1).arg(e.item + 1).arg(1 + (u + e.item) % 5).toUtf8());
    }

    void importedEqualsFiles()
    {
        auto session = PgSession::open(m_db->conninfo());
        QVERIFY(session.ok());
        auto summary = GoodbooksImport::run(**session, m_dir.path(), true);
        QVERIFY2(summary.ok(), qPrintable(summary.error().message + QLatin1Char(' ') + summary.error().serverText));
        QCOMPARE(summary->books[0], 24);
        QCOMPARE(summary->books[1], 24);
        auto catalogue = GoodbooksReader::readCatalogue(m_dir.path());
        QVERIFY(catalogue.ok());
        const QString file = m_dir.filePath(QStringLiteral("ratings.csv"));
        for (const QString &group : {QStringLiteral("fiction"), QStringLiteral("nonfiction")}) {
            auto fromFiles = GoodbooksReader::readRatings(file, *catalogue, GoodbooksReader::groupFromName(group));
            QVERIFY(fromFiles.ok());
            auto fromDb = read(group);
            QVERIFY2(fromDb.ok(), qPrintable(fromDb.error().message + QLatin1Char(' ') + fromDb.error().serverText));
            const Interactions &db = fromDb->interactions;
            QCOMPARE(db.itemCount(), fromFiles->itemCount());
            QCOMPARE(db.userCount(), fromFiles->userCount()); // readers with only low ratings are no users
            QCOMPARE(pairs(db), pairs(*fromFiles));          // 4 and 5 stars, nothing else
            const QString first = group == QLatin1String("fiction") ? QStringLiteral("1") : QStringLiteral("25");
            QVERIFY(db.itemIndex(first) >= 0);
            QCOMPARE(db.item(db.itemIndex(first)).title, QStringLiteral("Book %1, \"quoted\"").arg(first));
        }
        // The same reader on both platforms, linked by identity resolution (the shared e-mail).
        auto fiction = read(QStringLiteral("fiction"));
        auto nonfiction = read(QStringLiteral("nonfiction"));
        const auto linked = PlatformInteractions::samePeople(fiction->accounts, nonfiction->accounts);
        QVERIFY(!linked.isEmpty());
        for (const auto &p : linked)
            QCOMPARE(p.first, p.second);
        // Everyone with positives on both is linked (the links also hold readers with low ratings only).
        const auto withPositives = OfflineEvaluation::sameKeys(fiction->interactions, nonfiction->interactions);
        QVERIFY(!withPositives.isEmpty());
        for (const auto &p : withPositives)
            QVERIFY(linked.contains(p));
    }

    void keepsAnExistingImport()
    {
        auto session = PgSession::open(m_db->conninfo());
        QVERIFY(session.ok());
        auto again = GoodbooksImport::run(**session, m_dir.path(), false);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(QStringLiteral("--replace")), qPrintable(again.error().message));
    }

    void badFileChangesNothing()
    {
        QTemporaryDir bad;
        QFile::copy(m_dir.filePath(QStringLiteral("book_groups.csv")), bad.filePath(QStringLiteral("book_groups.csv")));
        QFile ratings(bad.filePath(QStringLiteral("ratings.csv")));
        QVERIFY(ratings.open(QIODevice::WriteOnly));
        ratings.write("user_id,book_id,rating\n1,1,5\n1,2,seven\n");
        ratings.close();
        auto session = PgSession::open(m_db->conninfo());
        QVERIFY(session.ok());
        auto r = GoodbooksImport::run(**session, bad.path(), true);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("line 3")), qPrintable(r.error().message));
        // The earlier import is still whole.
        auto count = (*session)->execParams("SELECT count(*) FROM goodbooks_fiction.books");
        QVERIFY(count.ok());
        QCOMPARE(*count->rows[0][0], std::string("24"));
    }
};

QTEST_GUILESS_MAIN(TestGoodbooksImport)
#include "tst_goodbooksimport.moc"
