#include "testdatabase.h"

#include "platform/adapterloader.h"
#include "platform/entityreader.h"
#include "platform/entitywriter.h"

#include <QDateTime>
#include <QFile>
#include <QTest>
#include <QTimeZone>

#include <pqxx/nontransaction>
#include <pqxx/transaction>

namespace {
// Known rows in both demo schemas; every conversion of both adapters is exercised.
const char *kFixture =
    "INSERT INTO dedao.users (id, nickname, email, mobile, reg_time, reg_channel, status) VALUES\n"
    " (1, '张伟', 'zhang.wei@example.com', '+86 138 0013 8000', 1700000000, 'pc', 1),\n"
    " (2, 'Li Na', NULL, NULL, 1700003600, 'ios', 0);\n"
    "INSERT INTO dedao.courses (id, title, course_type, category_path, price_fen, duration_min, author, publish_time) VALUES\n"
    " (10, '管理学二十讲', 'course', '商业/管理', 19900, 90, '刘润', 1690000000),\n"
    " (11, '经济学', 'column', NULL, 5, NULL, NULL, NULL);\n"
    "INSERT INTO dedao.orders (id, order_no, user_id, course_id, amount_fen, pay_channel, status, created_at) VALUES\n"
    " (100, 'D-0001', 1, 10, 19900, 'pc', 'refunded', 1700100000),\n"
    " (101, 'D-0002', 2, 11, 5, 'android', 'paid', 1700200000);\n"
    "INSERT INTO dedao.refunds (order_id, amount_fen, refunded_at, reason) VALUES (100, 19900, 1700150000, '不想学了');\n"
    "INSERT INTO dedao.study_progress VALUES (1, 10, 45, 1700300000), (2, 11, 100, 1700300100);\n"
    "INSERT INTO dedao.user_actions (id, user_id, course_id, action, platform, ts, query) VALUES\n"
    " (1000, 1, 10, 'collect', 'h5', 1700400000, NULL),\n"
    " (1001, 1, NULL, 'search', 'pc', 1700400001, '管理');\n"
    "INSERT INTO dedao.vip_members (id, user_id, plan, start_time, expire_time) VALUES (5, 1, 'svip', 1700000000, 1731536000);\n"
    "INSERT INTO dedao.user_consents VALUES (1, 'migration', true, 1700500000, 'app:settings'), (1, 'sharing', false, 1700500001, NULL);\n"
    "\n"
    "INSERT INTO ximalaya.account VALUES\n"
    " ('00000000-0000-0000-0000-000000000001', '王芳', 'Wang.Fang@Example.COM', '13800138000', '2023-11-14 22:13:20+00', 'iOS', true);\n"
    "INSERT INTO ximalaya.category VALUES (1, NULL, '人文', 'humanities'), (2, 1, '历史', 'history');\n"
    "INSERT INTO ximalaya.album VALUES\n"
    " ('00000000-0000-0000-0000-00000000a001', '中国通史', 'AUDIOBOOK', 2, 99.90, 3600, '袁腾飞', '2023-01-01 00:00:00+08'),\n"
    " ('00000000-0000-0000-0000-00000000a002', '人文讲座', 'LIVE', 1, 0.00, 0, NULL, NULL);\n"
    "INSERT INTO ximalaya.purchase VALUES\n"
    " ('00000000-0000-0000-0000-0000000b0001', '00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-00000000a001',\n"
    "  99.90, 'android', '2023-12-01 12:00:00+00', 'REFUNDED', 50.00, '2023-12-02 08:30:00+00');\n"
    "INSERT INTO ximalaya.listen_progress VALUES\n"
    " ('00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-00000000a001', 900, '2023-12-03 00:00:00+00'),\n"
    " ('00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-00000000a002', 10, '2023-12-03 00:00:01+00');\n"
    "INSERT INTO ximalaya.behavior_log (log_id, account_id, album_id, event_type, client, occurred_at, keyword) VALUES\n"
    " (7, '00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-00000000a001', 'subscribe', 'ios', '2023-12-04 00:00:00+00', NULL),\n"
    " (8, '00000000-0000-0000-0000-000000000001', NULL, 'query', 'h5', '2023-12-04 00:00:01+00', '历史');\n"
    "INSERT INTO ximalaya.vip_subscription VALUES\n"
    " ('00000000-0000-0000-0000-0000000c0001', '00000000-0000-0000-0000-000000000001', 'VIP_Y', '2023-01-01 00:00:00+00', '2024-01-01 00:00:00+00');\n"
    "INSERT INTO ximalaya.privacy_consent VALUES\n"
    " ('00000000-0000-0000-0000-000000000001', 'PERSONALIZE', true, '2023-12-05 00:00:00+00', 'signup form');\n";

QDateTime utc(qint64 epochSeconds)
{
    return QDateTime::fromSecsSinceEpoch(epochSeconds, QTimeZone::utc());
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}
} // namespace

// Every canonical entity read from both demo platforms, values converted as the adapters say;
// and one record written through an adapter and read back.
class TestEntityReader : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<pqxx::connection> m_conn;
    Adapter m_dedao;
    Adapter m_ximalaya;

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return f.readAll();
    }

    void exec(const std::string &sql)
    {
        pqxx::nontransaction tx(*m_conn);
        tx.exec0(sql);
    }

    Adapter load(const QByteArray &json, const QString &name)
    {
        const AdapterLoadResult r = AdapterLoader::loadData(json, name, *m_conn);
        if (!r.ok())
            qFatal("%s", qPrintable(r.problemsText()));
        return *r.adapter;
    }

    QList<QVariantMap> readAllOf(const Adapter &adapter, const char *entity)
    {
        const Result<EntityPage> page = EntityReader::read(*m_conn, adapter, QString::fromLatin1(entity), 100);
        if (!page.ok())
            qFatal("%s: %s", qPrintable(page.error().message), qPrintable(page.error().serverText));
        return page->records;
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>(QStringLiteral("entityreader"));
        QVERIFY(m_db->isReady());
        m_conn = m_db->connect();
        QVERIFY(m_db->createDemoSchema(QStringLiteral("dedao")));
        QVERIFY(m_db->createDemoSchema(QStringLiteral("ximalaya")));
        exec(kFixture);
        m_dedao = load(readAll(QStringLiteral(":/adapters/dedao.json")), QStringLiteral("dedao.json"));
        m_ximalaya = load(readAll(QStringLiteral(":/adapters/ximalaya.json")), QStringLiteral("ximalaya.json"));
    }

    void dedaoUser()
    {
        const QList<QVariantMap> users = readAllOf(m_dedao, "user");
        QCOMPARE(users.size(), 2);
        QCOMPARE(users[0].value("user_key"), QVariant(QStringLiteral("1")));
        QCOMPARE(users[0].value("name"), QVariant(QStringLiteral("张伟")));
        QCOMPARE(users[0].value("phone"), QVariant(QStringLiteral("+86 138 0013 8000"))); // as stored
        QCOMPARE(users[0].value("registered_at").toDateTime(), utc(1700000000)); // epoch -> timestamp
        QCOMPARE(users[0].value("channel"), QVariant(QStringLiteral("pc")));
        QCOMPARE(users[0].value("active"), QVariant(true));
        QCOMPARE(users[1].value("active"), QVariant(false)); // status 0 through the value map
        QVERIFY(users[1].value("email").isNull());
    }

    void dedaoItem()
    {
        const QList<QVariantMap> items = readAllOf(m_dedao, "item");
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].value("price"), QVariant(QStringLiteral("199.00"))); // fen -> yuan
        QCOMPARE(items[1].value("price"), QVariant(QStringLiteral("0.05")));
        QCOMPARE(items[0].value("currency"), QVariant(QStringLiteral("CNY")));
        QCOMPARE(items[0].value("category_path"), QVariant(QStringLiteral("商业/管理")));
        QCOMPARE(items[0].value("duration_seconds"), QVariant(qlonglong(5400))); // minutes -> seconds
        QCOMPARE(items[0].value("kind"), QVariant(QStringLiteral("course")));
        QCOMPARE(items[0].value("published_at").toDateTime(), utc(1690000000));
        QVERIFY(items[1].value("published_at").isNull());
    }

    void dedaoOrderWithRefundTable()
    {
        const QList<QVariantMap> orders = readAllOf(m_dedao, "order");
        QCOMPARE(orders.size(), 2);
        QCOMPARE(orders[0].value("order_no"), QVariant(QStringLiteral("D-0001")));
        QCOMPARE(orders[0].value("amount"), QVariant(QStringLiteral("199.00")));
        QCOMPARE(orders[0].value("status"), QVariant(QStringLiteral("refunded")));
        QCOMPARE(orders[0].value("refund_amount"), QVariant(QStringLiteral("199.00")));
        QCOMPARE(orders[0].value("refunded_at").toDateTime(), utc(1700150000));
        QCOMPARE(orders[0].value("refund_reason"), QVariant(QStringLiteral("不想学了")));
        QVERIFY(orders[1].value("refund_amount").isNull()); // LEFT JOIN, no refund row
        QCOMPARE(orders[1].value("channel"), QVariant(QStringLiteral("android")));
    }

    void dedaoProgressEventMembershipConsent()
    {
        const QList<QVariantMap> progress = readAllOf(m_dedao, "progress");
        QCOMPARE(progress.size(), 2);
        QCOMPARE(progress[0].value("fraction").toDouble(), 0.45); // percent -> fraction
        QCOMPARE(progress[1].value("fraction").toDouble(), 1.0);
        QVERIFY(progress[0].value("seconds").isNull());

        const QList<QVariantMap> events = readAllOf(m_dedao, "event");
        QCOMPARE(events[0].value("kind"), QVariant(QStringLiteral("favourite"))); // collect -> favourite
        QCOMPARE(events[1].value("kind"), QVariant(QStringLiteral("search")));
        QCOMPARE(events[1].value("query"), QVariant(QStringLiteral("管理")));
        QVERIFY(events[1].value("item_key").isNull());

        const QList<QVariantMap> memberships = readAllOf(m_dedao, "membership");
        QCOMPARE(memberships[0].value("plan"), QVariant(QStringLiteral("svip")));
        QCOMPARE(memberships[0].value("tier"), QVariant(QStringLiteral("premium")));
        QCOMPARE(memberships[0].value("expires_at").toDateTime(), utc(1731536000));

        const QList<QVariantMap> consents = readAllOf(m_dedao, "consent");
        QCOMPARE(consents.size(), 2);
        QCOMPARE(consents[0].value("purpose"), QVariant(QStringLiteral("migration")));
        QCOMPARE(consents[0].value("granted"), QVariant(true));
        QCOMPARE(consents[1].value("granted"), QVariant(false));
        QCOMPARE(consents[0].value("evidence"), QVariant(QStringLiteral("app:settings")));
    }

    void ximalayaUserAndItem()
    {
        const QList<QVariantMap> users = readAllOf(m_ximalaya, "user");
        QCOMPARE(users.size(), 1);
        QCOMPARE(users[0].value("user_key"), QVariant(QStringLiteral("00000000-0000-0000-0000-000000000001")));
        QCOMPARE(users[0].value("email"), QVariant(QStringLiteral("Wang.Fang@Example.COM"))); // as stored
        QCOMPARE(users[0].value("channel"), QVariant(QStringLiteral("ios"))); // iOS -> ios
        QCOMPARE(users[0].value("registered_at").toDateTime(), utc("2023-11-14T22:13:20Z"));

        const QList<QVariantMap> items = readAllOf(m_ximalaya, "item");
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].value("category_path"), QVariant(QStringLiteral("人文/历史"))); // parent/leaf from the table
        QCOMPARE(items[0].value("category_key"), QVariant(QStringLiteral("2")));
        QCOMPARE(items[1].value("category_path"), QVariant(QStringLiteral("人文"))); // top-level category
        QCOMPARE(items[0].value("kind"), QVariant(QStringLiteral("audiobook")));
        QCOMPARE(items[0].value("price"), QVariant(QStringLiteral("99.90")));
        QCOMPARE(items[0].value("published_at").toDateTime(), utc("2022-12-31T16:00:00Z")); // +08 -> UTC
    }

    void ximalayaOrderProgressEventMembershipConsent()
    {
        const QList<QVariantMap> orders = readAllOf(m_ximalaya, "order");
        QCOMPARE(orders[0].value("status"), QVariant(QStringLiteral("refunded")));
        QCOMPARE(orders[0].value("refund_amount"), QVariant(QStringLiteral("50.00")));
        QVERIFY(orders[0].value("order_no").isNull()); // not mapped on this platform
        QCOMPARE(orders[0].value("currency"), QVariant(QStringLiteral("CNY")));

        const QList<QVariantMap> progress = readAllOf(m_ximalaya, "progress");
        QCOMPARE(progress.size(), 2);
        QCOMPARE(progress[0].value("fraction").toDouble(), 0.25); // 900 s of 3600 s
        QCOMPARE(progress[0].value("seconds"), QVariant(qlonglong(900)));
        QVERIFY(progress[1].value("fraction").isNull()); // zero duration: unknown, not a division error

        const QList<QVariantMap> events = readAllOf(m_ximalaya, "event");
        QCOMPARE(events[0].value("kind"), QVariant(QStringLiteral("favourite"))); // subscribe
        QCOMPARE(events[1].value("kind"), QVariant(QStringLiteral("search")));    // query
        QCOMPARE(events[1].value("event_key"), QVariant(QStringLiteral("8")));

        const QList<QVariantMap> memberships = readAllOf(m_ximalaya, "membership");
        QCOMPARE(memberships[0].value("plan"), QVariant(QStringLiteral("VIP_Y")));
        QCOMPARE(memberships[0].value("tier"), QVariant(QStringLiteral("yearly")));

        const QList<QVariantMap> consents = readAllOf(m_ximalaya, "consent");
        QCOMPARE(consents[0].value("purpose"), QVariant(QStringLiteral("recommendation"))); // PERSONALIZE
        QCOMPARE(consents[0].value("granted"), QVariant(true));
    }

    void pagingAndCount()
    {
        const Result<EntityPage> first = EntityReader::read(*m_conn, m_dedao, QStringLiteral("progress"), 1);
        QVERIFY(first.ok());
        QCOMPARE(first->lastKey, (QStringList{QStringLiteral("1"), QStringLiteral("10")}));
        const Result<EntityPage> second = EntityReader::read(*m_conn, m_dedao, QStringLiteral("progress"), 1, first->lastKey);
        QVERIFY(second.ok());
        QCOMPARE(second->records.size(), 1);
        QCOMPARE(second->records[0].value("user_key"), QVariant(QStringLiteral("2")));
        const Result<EntityPage> third = EntityReader::read(*m_conn, m_dedao, QStringLiteral("progress"), 1, second->lastKey);
        QVERIFY(third.ok());
        QVERIFY(third->records.isEmpty());

        const Result<EntityPage> uuidPage = EntityReader::read(*m_conn, m_ximalaya, QStringLiteral("item"), 5,
                                                               {QStringLiteral("00000000-0000-0000-0000-00000000a001")});
        QVERIFY(uuidPage.ok());
        QCOMPARE(uuidPage->records.size(), 1);

        const Result<qlonglong> n = EntityReader::count(*m_conn, m_ximalaya, QStringLiteral("event"));
        QVERIFY(n.ok());
        QCOMPARE(n.value(), 2);
    }

    void unknownEntityAndUncheckedAdapterAreErrors()
    {
        QVERIFY(!EntityReader::read(*m_conn, m_dedao, QStringLiteral("customer"), 1).ok());
        Adapter unchecked = m_dedao;
        unchecked.catalogChecked = false;
        const Result<EntityPage> r = EntityReader::read(*m_conn, unchecked, QStringLiteral("user"), 1);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, DbError::Kind::AdapterMismatch);
    }

    void writeThenReadBack_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::newRow("dedao") << QStringLiteral("dedao");
        QTest::newRow("ximalaya") << QStringLiteral("ximalaya");
    }

    void writeThenReadBack()
    {
        // A scratch copy of the platform's schema, so the fixture rows stay as they are.
        QFETCH(QString, platform);
        const QString scratch = QStringLiteral("scratch_") + platform;
        QByteArray sql = readAll(QStringLiteral(":/demo/%1.sql").arg(platform));
        sql.replace(platform.toUtf8() + '.', scratch.toUtf8() + '.')
            .replace("SCHEMA " + platform.toUtf8(), "SCHEMA " + scratch.toUtf8());
        exec(sql.toStdString());
        QByteArray json = readAll(QStringLiteral(":/adapters/%1.json").arg(platform));
        json.replace("\"schema\": \"" + platform.toUtf8() + "\"", "\"schema\": \"" + scratch.toUtf8() + "\"");
        const Adapter adapter = load(json, scratch + QStringLiteral(".json"));

        const bool dedao = platform == QLatin1String("dedao");
        QVariantMap order;
        if (!dedao)
            order.insert("order_key", QStringLiteral("00000000-0000-0000-0000-0000000d0001"));
        order.insert("order_no", QStringLiteral("N-1"));
        order.insert("user_key", dedao ? QStringLiteral("7") : QStringLiteral("00000000-0000-0000-0000-000000000007"));
        order.insert("item_key", dedao ? QStringLiteral("8") : QStringLiteral("00000000-0000-0000-0000-000000000008"));
        order.insert("amount", QStringLiteral("12.34"));
        order.insert("currency", QStringLiteral("CNY"));
        order.insert("channel", QStringLiteral("h5"));
        order.insert("status", QStringLiteral("refunded"));
        order.insert("ordered_at", utc(1700000000));
        order.insert("refund_amount", QStringLiteral("2.50"));
        order.insert("refunded_at", utc(1700000100));
        order.insert("refund_reason", dedao ? QVariant(QStringLiteral("重复购买")) : QVariant());
        if (!dedao)
            order.remove("order_no"); // ximalaya keeps no order number

        Result<QStringList> key = [&] {
            pqxx::work tx(*m_conn);
            Result<QStringList> k = EntityWriter::insert(tx, adapter, QStringLiteral("order"), order);
            if (k.ok())
                tx.commit();
            return k;
        }();
        QVERIFY2(key.ok(), qPrintable(key.error().serverText));

        const QList<QVariantMap> back = readAllOf(adapter, "order");
        QCOMPARE(back.size(), 1);
        QVariantMap expected = order;
        if (dedao)
            expected.insert("order_key", key->first()); // generated by the platform
        else
            expected.insert("order_no", QVariant());
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QVERIFY2(back[0].value(it.key()) == it.value(),
                     qPrintable(QStringLiteral("%1: %2 != %3").arg(it.key(), back[0].value(it.key()).toString(),
                                                                    it.value().toString())));
        QCOMPARE(back[0].value("amount"), QVariant(QStringLiteral("12.34")));
        QCOMPARE(back[0].value("refund_amount"), QVariant(QStringLiteral("2.50")));
    }
};

QTEST_GUILESS_MAIN(TestEntityReader)
#include "tst_entityreader.moc"
