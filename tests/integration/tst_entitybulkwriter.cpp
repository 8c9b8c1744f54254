#include "testdatabase.h"

#include "db/connectionprofile.h"
#include "db/pgsession.h"
#include "platform/adapterloader.h"
#include "platform/entitybulkwriter.h"
#include "platform/entitykeyreader.h"
#include "platform/entityreader.h"
#include "platform/entitywriter.h"

#include <QDateTime>
#include <QFile>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <pqxx/nontransaction>
#include <pqxx/transaction>

// The set-based writer against the real demo schemas: every record gets its own generated key,
// child rows follow their parent, values convert exactly as the record-by-record writer converts
// them, and a refused batch leaves nothing behind.
class TestEntityBulkWriter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<pqxx::connection> m_conn;
    std::unique_ptr<PgSession> m_session;
    Adapter m_dedao;
    Adapter m_ximalaya;
    bool m_direct = true; // COPY into the write table, or the SQL path (staging + INSERT ... SELECT)

    // Every test runs both ways: the two paths must write the same rows.
    static void bothPaths()
    {
        QTest::addColumn<bool>("direct");
        QTest::newRow("copy") << true;
        QTest::newRow("sql") << false;
    }
    void path()
    {
        QFETCH(bool, direct);
        m_direct = direct;
    }

    Adapter load(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        const AdapterLoadResult r = AdapterLoader::loadData(f.readAll(), path, *m_conn);
        if (!r.ok())
            qFatal("%s", qPrintable(r.problemsText()));
        return *r.adapter;
    }

    qint64 scalar(const std::string &sql)
    {
        pqxx::nontransaction tx(*m_conn);
        return tx.exec1(sql)[0].as<qint64>();
    }

    static QDateTime utc(qint64 epochSeconds) { return QDateTime::fromSecsSinceEpoch(epochSeconds, QTimeZone::utc()); }

    // Writes `records` in one transaction; returns the keys.
    std::vector<QString> bulk(const Adapter &adapter, const QString &entity, const QList<QVariantMap> &records)
    {
        std::vector<CanonicalRecord> canonical;
        for (const QVariantMap &r : records)
            canonical.push_back(CanonicalRecord::fromVariantMap(entity, r));
        std::vector<const CanonicalRecord *> ptrs;
        for (const CanonicalRecord &r : canonical)
            ptrs.push_back(&r);
        std::vector<QString> keys;
        if (DbError e = m_session->begin(); e.isError())
            qFatal("%s", qPrintable(e.message));
        EntityBulkWriter writer(*m_session, adapter, entity);
        writer.setDirectCopy(m_direct);
        const DbError e = writer.insert(ptrs, keys);
        if (e.isError()) {
            m_session->rollback();
            qWarning("%s %s", qPrintable(e.message), qPrintable(e.serverText));
            return {};
        }
        if (!m_session->commit().committed())
            return {};
        return keys;
    }

    QVariantMap readBack(const Adapter &adapter, const QString &entity, const QString &key)
    {
        auto rows = EntityKeyReader::readByKeys(*m_session, adapter, entity, {QStringList{key}});
        if (!rows || rows->size() != 1)
            return {};
        return rows->front().record.toVariantMap();
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>(QStringLiteral("entitybulkwriter"));
        QVERIFY(m_db->isReady());
        m_conn = m_db->connect();
        QVERIFY(m_db->createDemoSchema(QStringLiteral("dedao")));
        QVERIFY(m_db->createDemoSchema(QStringLiteral("ximalaya")));
        QVERIFY(m_db->exec(
            "INSERT INTO dedao.users (id, nickname, email, mobile, reg_time, reg_channel, status) VALUES"
            " (1, '张伟', 'zhang.wei@example.com', NULL, 1700000000, 'pc', 1);"
            "INSERT INTO dedao.courses (id, title, course_type, category_path, price_fen, duration_min, author, publish_time)"
            " VALUES (10, '管理学二十讲', 'course', '商业/管理', 19900, 90, '刘润', 1690000000);"
            "INSERT INTO ximalaya.account VALUES ('00000000-0000-0000-0000-000000000001', '王芳', NULL, NULL,"
            " '2023-11-14 22:13:20+00', 'iOS', true);"
            "INSERT INTO ximalaya.category VALUES (1, NULL, '人文', 'humanities');"
            "INSERT INTO ximalaya.album VALUES ('00000000-0000-0000-0000-00000000a001', '中国通史', 'AUDIOBOOK', 1, 99.90,"
            " 3600, '袁腾飞', '2023-01-01 00:00:00+08');"));
        m_dedao = load(QStringLiteral(":/adapters/dedao.json"));
        m_ximalaya = load(QStringLiteral(":/adapters/ximalaya.json"));
        auto session = PgSession::open(m_db->conninfo());
        QVERIFY(session.ok());
        m_session = std::move(*session);
    }

    // dedao orders: identity keys drawn per row, the refund child row only where refund_amount is set.
    void generatedKeysAndChildren_data() { bothPaths(); }
    void generatedKeysAndChildren()
    {
        path();
        const qint64 refundsBefore = scalar("SELECT count(*) FROM dedao.refunds");
        QList<QVariantMap> orders;
        for (int i = 0; i < 300; ++i) {
            QVariantMap o{{"order_no", QStringLiteral("B-%1-%2").arg(m_direct ? "c" : "s").arg(i)}, {"user_key", "1"}, {"item_key", "10"},
                          {"amount", QStringLiteral("%1.%2").arg(i).arg(i % 100, 2, 10, QLatin1Char('0'))},
                          {"channel", "ios"}, {"status", i % 3 == 0 ? "refunded" : "paid"},
                          {"ordered_at", utc(1700000000 + i)}, {"refund_amount", QVariant()},
                          {"refunded_at", QVariant()}, {"refund_reason", QVariant()}};
            if (i % 3 == 0) {
                o["refund_amount"] = QStringLiteral("1.50");
                o["refunded_at"] = utc(1700100000 + i);
                o["refund_reason"] = QStringLiteral("不想学了\t\\ \"%1\"\n").arg(i); // COPY escapes
            }
            orders.append(o);
        }
        const std::vector<QString> keys = bulk(m_dedao, QStringLiteral("order"), orders);
        QCOMPARE(int(keys.size()), orders.size());
        QSet<QString> distinct(keys.begin(), keys.end());
        QCOMPARE(distinct.size(), orders.size());
        QVERIFY(!distinct.contains(QString()));
        QCOMPARE(scalar("SELECT count(*) FROM dedao.refunds") - refundsBefore, qint64(100));
        for (int i : {0, 1, 2, 150, 299}) {
            const QVariantMap back = readBack(m_dedao, QStringLiteral("order"), keys[std::size_t(i)]);
            QCOMPARE(back.value("order_no").toString(), orders[i].value("order_no").toString());
            QCOMPARE(back.value("amount").toString(), orders[i].value("amount").toString());
            QCOMPARE(back.value("ordered_at").toDateTime(), orders[i].value("ordered_at").toDateTime());
            QCOMPARE(back.value("refund_amount").toString(), orders[i].value("refund_amount").toString());
            QCOMPARE(back.value("refund_reason").toString(), orders[i].value("refund_reason").toString());
        }
        // The next ordinary insert takes a fresh key: the identity's sequence moved with the batch.
        QVERIFY(m_db->exec("INSERT INTO dedao.orders (order_no, user_id, course_id, amount_fen, pay_channel, status, created_at)"
                           " VALUES ('after-" + std::string(m_direct ? "c" : "s") + "', 1, 10, 1, 'pc', 'paid', 1700000000)"));
    }

    // The bulk path converts exactly like the record-by-record path (events: value map, epoch).
    void sameAsRecordByRecord_data() { bothPaths(); }
    void sameAsRecordByRecord()
    {
        path();
        const QVariantMap event{{"user_key", "1"}, {"item_key", "10"}, {"kind", "favourite"}, {"channel", "h5"},
                                {"occurred_at", utc(1700400000)}, {"query", "管理 \\N"}};
        const std::vector<QString> keys = bulk(m_dedao, QStringLiteral("event"), {event});
        QCOMPARE(int(keys.size()), 1);
        pqxx::work tx(*m_conn);
        auto single = EntityWriter::insert(tx, m_dedao, QStringLiteral("event"), event);
        QVERIFY(single.ok());
        tx.commit();
        QVariantMap a = readBack(m_dedao, QStringLiteral("event"), keys[0]);
        QVariantMap b = readBack(m_dedao, QStringLiteral("event"), single->first());
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        a.remove("event_key");
        b.remove("event_key");
        QCOMPARE(a, b);
        QCOMPARE(a.value("kind").toString(), QStringLiteral("favourite"));
        QCOMPARE(a.value("query").toString(), QStringLiteral("管理 \\N"));
    }

    // ximalaya accounts carry their own key (no "returning"): written as given, no keys back.
    void keysFromTheRecord_data() { bothPaths(); }
    void keysFromTheRecord()
    {
        path();
        QList<QVariantMap> users;
        for (int i = 0; i < 5; ++i)
            users.append({{"user_key", QStringLiteral("00000000-0000-0000-0000-000000000%1%2").arg(m_direct ? 1 : 2).arg(i, 2, 10, QLatin1Char('0'))},
                          {"name", QStringLiteral("用户%1").arg(i)}, {"email", QVariant()}, {"phone", "13800138000"},
                          {"registered_at", utc(1700000000)}, {"channel", "android"}, {"active", true}});
        const std::vector<QString> keys = bulk(m_ximalaya, QStringLiteral("user"), users);
        QCOMPARE(int(keys.size()), 5);
        QVERIFY(keys[0].isEmpty());
        const QVariantMap back = readBack(m_ximalaya, QStringLiteral("user"), users[3].value("user_key").toString());
        QCOMPARE(back.value("name").toString(), QStringLiteral("用户3"));
        QCOMPARE(back.value("channel").toString(), QStringLiteral("android"));
    }

    // One refused record refuses the statement; after the rollback nothing of the batch is there.
    void refusedBatchLeavesNothing_data() { bothPaths(); }
    void refusedBatchLeavesNothing()
    {
        path();
        const qint64 before = scalar("SELECT count(*) FROM ximalaya.privacy_consent");
        const QString user = m_direct ? QStringLiteral("00000000-0000-0000-0000-000000000001")
                                      : QStringLiteral("00000000-0000-0000-0000-000000000002");
        QList<QVariantMap> consents;
        for (const char *purpose : {"migration", "sharing", "migration"}) // the third repeats the key
            consents.append({{"user_key", user}, {"purpose", purpose},
                             {"granted", true}, {"updated_at", utc(1700500000)}, {"evidence", QVariant()}});
        std::vector<CanonicalRecord> canonical;
        for (const QVariantMap &r : consents)
            canonical.push_back(CanonicalRecord::fromVariantMap(QStringLiteral("consent"), r));
        std::vector<const CanonicalRecord *> ptrs;
        for (const CanonicalRecord &r : canonical)
            ptrs.push_back(&r);
        std::vector<QString> keys;
        QVERIFY(!m_session->begin().isError());
        EntityBulkWriter writer(*m_session, m_ximalaya, QStringLiteral("consent"));
        writer.setDirectCopy(m_direct);
        const DbError e = writer.insert(ptrs, keys);
        QVERIFY(e.isError());
        QCOMPARE(e.kind, DbError::Kind::Query);
        QVERIFY(!m_session->rollback().isError());
        QCOMPARE(scalar("SELECT count(*) FROM ximalaya.privacy_consent"), before);
        // The session is usable again and its staging table is empty for the next batch.
        consents.removeLast();
        QCOMPARE(int(bulk(m_ximalaya, QStringLiteral("consent"), consents).size()), 2);
        QCOMPARE(scalar("SELECT count(*) FROM ximalaya.privacy_consent"), before + 2);
    }
};

QTEST_GUILESS_MAIN(TestEntityBulkWriter)
#include "tst_entitybulkwriter.moc"
