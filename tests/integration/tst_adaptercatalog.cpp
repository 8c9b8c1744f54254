#include "testdatabase.h"

#include "platform/adapterloader.h"
#include "platform/entityreader.h"

#include <QFile>
#include <QTest>

#include <pqxx/nontransaction>
#include <pqxx/result>

// Adapters checked against a live catalog: good files pass, wrong names and types are reported
// at their place, and hostile identifiers are only ever names, never SQL.
class TestAdapterCatalog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<pqxx::connection> m_conn;

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return f.readAll();
    }

    static QByteArray dedaoWith(const char *from, const char *to)
    {
        QByteArray json = readAll(QStringLiteral(":/adapters/dedao.json"));
        const int at = json.indexOf(from);
        if (at < 0)
            qFatal("not in dedao.json: %s", from);
        return json.replace(at, int(qstrlen(from)), to);
    }

    void exec(const std::string &sql)
    {
        pqxx::nontransaction tx(*m_conn);
        tx.exec0(sql);
    }

    const AdapterProblem *findProblem(const AdapterLoadResult &r, const QString &place, const QString &part)
    {
        for (const AdapterProblem &p : r.problems) {
            if (p.place == place && p.message.contains(part))
                return &p;
        }
        qWarning("%s", qPrintable(r.problemsText()));
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>(QStringLiteral("adaptercatalog"));
        QVERIFY(m_db->isReady());
        m_conn = m_db->connect();
        QVERIFY(m_db->createDemoSchema(QStringLiteral("dedao")));
        QVERIFY(m_db->createDemoSchema(QStringLiteral("ximalaya")));
        exec("CREATE TABLE public.x (id int); INSERT INTO public.x VALUES (1);"
             "CREATE TABLE dedao.x (id int); INSERT INTO dedao.x VALUES (1);");
    }

    void demoAdaptersPass_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("dedao") << QStringLiteral(":/adapters/dedao.json");
        QTest::newRow("ximalaya") << QStringLiteral(":/adapters/ximalaya.json");
    }

    void demoAdaptersPass()
    {
        QFETCH(QString, path);
        const AdapterLoadResult r = AdapterLoader::load(path, *m_conn);
        QVERIFY2(r.ok(), qPrintable(r.problemsText()));
        QVERIFY(r.adapter->catalogChecked);
        // Types were filled in from the catalog.
        QVERIFY(!r.adapter->entities.first().key.first().typeName.isEmpty());
    }

    void unknownTable()
    {
        const AdapterLoadResult r = AdapterLoader::loadData(dedaoWith("\"table\": \"courses\"", "\"table\": \"coursez\""),
                                                            QStringLiteral("dedao.json"), *m_conn);
        QVERIFY(!r.ok());
        const AdapterProblem *p = findProblem(r, QStringLiteral("entities.item.table"), QStringLiteral("\"coursez\" does not exist"));
        QVERIFY(p);
        QVERIFY(p->line > 1);
        QCOMPARE(p->file, QStringLiteral("dedao.json"));
    }

    void unknownColumn()
    {
        const AdapterLoadResult r = AdapterLoader::loadData(dedaoWith("\"u.nickname\"", "\"u.nick\""),
                                                            QStringLiteral("dedao.json"), *m_conn);
        QVERIFY(findProblem(r, QStringLiteral("entities.user.fields.name"), QStringLiteral("has no column \"nick\"")));
    }

    void unknownJoinColumnAndWriteColumn()
    {
        QByteArray json = dedaoWith("[\"r.order_id\", \"o.id\"]", "[\"r.order_key\", \"o.id\"]");
        json.replace("\"mobile\": \"phone\"", "\"mobil\": \"phone\"");
        const AdapterLoadResult r = AdapterLoader::loadData(json, QStringLiteral("dedao.json"), *m_conn);
        QVERIFY(findProblem(r, QStringLiteral("entities.order.joins[0].on[0][0]"), QStringLiteral("no column \"order_key\"")));
        QVERIFY(findProblem(r, QStringLiteral("entities.user.write.columns.mobil"), QStringLiteral("no column \"mobil\"")));
    }

    void wrongType()
    {
        const AdapterLoadResult r = AdapterLoader::loadData(
            dedaoWith("{\"column\": \"u.reg_time\", \"conversion\": \"epoch_seconds\"}",
                      "{\"column\": \"u.reg_channel\", \"conversion\": \"epoch_seconds\"}"),
            QStringLiteral("dedao.json"), *m_conn);
        QVERIFY(findProblem(r, QStringLiteral("entities.user.fields.registered_at.column"), QStringLiteral("has type text")));
    }

    void notNullColumnNotWritten()
    {
        const AdapterLoadResult r = AdapterLoader::loadData(
            dedaoWith("\"reg_channel\": \"channel\",", ""), QStringLiteral("dedao.json"), *m_conn);
        QVERIFY(findProblem(r, QStringLiteral("entities.user.write.columns"), QStringLiteral("\"reg_channel\"")));
    }

    void unknownSchema()
    {
        const AdapterLoadResult r = AdapterLoader::loadData(dedaoWith("\"schema\": \"dedao\"", "\"schema\": \"dedao2\""),
                                                            QStringLiteral("dedao.json"), *m_conn);
        QVERIFY(findProblem(r, QStringLiteral("schema"), QStringLiteral("\"dedao2\" does not exist")));
    }

    void manyProblemsAllReported()
    {
        QByteArray json = dedaoWith("\"u.nickname\"", "\"u.nick\"");
        json.replace("\"table\": \"vip_members\",\n      \"alias\"", "\"table\": \"vip\",\n      \"alias\"");
        json.replace("\"a.query\"", "\"a.q\"");
        const AdapterLoadResult r = AdapterLoader::loadData(json, QStringLiteral("dedao.json"), *m_conn);
        QVERIFY2(r.problems.size() >= 3, qPrintable(r.problemsText()));
    }

    void hostileMissingTableIsJustUnknown()
    {
        const char *hostile = "\"table\": \"users\\\"; DROP TABLE x; --\"";
        const AdapterLoadResult r = AdapterLoader::loadData(dedaoWith("\"table\": \"users\"", hostile),
                                                            QStringLiteral("dedao.json"), *m_conn);
        QVERIFY(findProblem(r, QStringLiteral("entities.user.table"),
                            QStringLiteral("Table \"users\"; DROP TABLE x; --\" does not exist")));
        QVERIFY(!r.ok());
        // Nothing ran: both canary tables are still there.
        pqxx::nontransaction tx(*m_conn);
        QCOMPARE(tx.exec1("SELECT count(*) FROM public.x")[0].as<int>(), 1);
        QCOMPARE(tx.exec1("SELECT count(*) FROM dedao.x")[0].as<int>(), 1);
    }

    void hostileRealTableIsReadThroughQuoting()
    {
        exec("CREATE SCHEMA \"we'ird \"\"schema\"\"; --\";"
             "CREATE TABLE \"we'ird \"\"schema\"\"; --\".\"users\"\"; DROP TABLE x; --\" ("
             " \"id; --\" bigint PRIMARY KEY, \"e\"\"mail\" text, \"reg time\" bigint NOT NULL);"
             "INSERT INTO \"we'ird \"\"schema\"\"; --\".\"users\"\"; DROP TABLE x; --\" VALUES "
             " (1, 'a@example.com', 0), (2, 'b''\"@example.com', 86400);");
        const QByteArray json = QByteArrayLiteral(
            "{\"format\": \"zhiqiao-adapter\", \"version\": 1, \"platform\": \"hostile\",\n"
            " \"schema\": \"we'ird \\\"schema\\\"; --\",\n"
            " \"entities\": {\"user\": {\"table\": \"users\\\"; DROP TABLE x; --\", \"alias\": \"u\", \"key\": \"u.id; --\",\n"
            "   \"fields\": {\"user_key\": {\"column\": \"u.id; --\", \"conversion\": \"key\"},\n"
            "              \"email\": \"u.e\\\"mail\",\n"
            "              \"registered_at\": {\"column\": \"u.reg time\", \"conversion\": \"epoch_seconds\"}}}}}\n");
        const AdapterLoadResult r = AdapterLoader::loadData(json, QStringLiteral("hostile.json"), *m_conn);
        QVERIFY2(r.ok(), qPrintable(r.problemsText()));
        const Result<EntityPage> page = EntityReader::read(*m_conn, *r.adapter, QStringLiteral("user"), 10);
        QVERIFY2(page.ok(), qPrintable(page.error().serverText));
        QCOMPARE(page->records.size(), 2);
        QCOMPARE(page->records[1].value(QStringLiteral("user_key")).toString(), QStringLiteral("2"));
        QCOMPARE(page->records[1].value(QStringLiteral("email")).toString(), QStringLiteral("b'\"@example.com"));
        QCOMPARE(page->records[1].value(QStringLiteral("registered_at")).toDateTime().toSecsSinceEpoch(), 86400);
        // A hostile paging key is a parameter: it matches nothing and runs nothing.
        const Result<EntityPage> after = EntityReader::read(*m_conn, *r.adapter, QStringLiteral("user"), 10,
                                                            {QStringLiteral("1); DROP TABLE x; --")});
        QVERIFY(!after.ok()); // not a bigint
        pqxx::nontransaction tx(*m_conn);
        QCOMPARE(tx.exec1("SELECT count(*) FROM public.x")[0].as<int>(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAdapterCatalog)
#include "tst_adaptercatalog.moc"
