#include "platform/adapterloader.h"
#include "platform/jsonlocator.h"

#include <QTest>

// Structure checks of adapter files: no database involved.
class TestAdapterLoader : public QObject
{
    Q_OBJECT

private:
    // Line numbers below refer to this text (line 1 is the opening brace).
    static QByteArray base()
    {
        return QByteArrayLiteral(
            "{\n"                                                                  // 1
            "  \"format\": \"zhiqiao-adapter\",\n"                                 // 2
            "  \"version\": 1,\n"                                                  // 3
            "  \"platform\": \"t\",\n"                                             // 4
            "  \"schema\": \"s\",\n"                                               // 5
            "  \"entities\": {\n"                                                  // 6
            "    \"user\": {\n"                                                    // 7
            "      \"table\": \"users\",\n"                                        // 8
            "      \"alias\": \"u\",\n"                                            // 9
            "      \"key\": \"u.id\",\n"                                           // 10
            "      \"fields\": {\n"                                                // 11
            "        \"user_key\": {\"column\": \"u.id\", \"conversion\": \"key\"},\n" // 12
            "        \"registered_at\": {\"column\": \"u.reg_time\", \"conversion\": \"epoch_seconds\"},\n" // 13
            "        \"email\": \"u.email\"\n"                                     // 14
            "      }\n"                                                            // 15
            "    }\n"                                                              // 16
            "  }\n"                                                                // 17
            "}\n");
    }

    static QByteArray with(const char *from, const char *to)
    {
        QByteArray b = base();
        const QByteArray f(from);
        if (!b.contains(f))
            qFatal("test text not found: %s", from);
        return b.replace(f, QByteArray(to));
    }

private slots:
    void goodFileLoads()
    {
        const AdapterLoadResult r = AdapterLoader::loadData(base(), QStringLiteral("t.json"));
        QVERIFY2(r.ok(), qPrintable(r.problemsText()));
        const AdapterEntity *user = r.adapter->entity(QStringLiteral("user"));
        QVERIFY(user);
        QCOMPARE(user->table, QStringLiteral("users"));
        QCOMPARE(user->key.size(), 1);
        QCOMPARE(user->mapping(QStringLiteral("registered_at"))->conversion, AdapterConversion::EpochSeconds);
        QCOMPARE(user->mapping(QStringLiteral("email"))->columns.first().column, QStringLiteral("email"));
    }

    void builtInAdaptersLoad_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("dedao") << QStringLiteral(":/adapters/dedao.json");
        QTest::newRow("ximalaya") << QStringLiteral(":/adapters/ximalaya.json");
    }

    void builtInAdaptersLoad()
    {
        QFETCH(QString, path);
        const AdapterLoadResult r = AdapterLoader::loadFile(path);
        QVERIFY2(r.ok(), qPrintable(r.problemsText()));
        QCOMPARE(r.adapter->entities.size(), CanonicalSchema::entities().size());
        for (const AdapterEntity &e : r.adapter->entities)
            QVERIFY2(e.hasWrite, qPrintable(e.name));
    }

    void problems_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("place");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("unknown entity")
            << with("\"user\": {", "\"customer\": {") << QStringLiteral("entities.customer") << 7
            << QStringLiteral("Unknown entity \"customer\"");
        QTest::newRow("unknown field")
            << with("\"email\": \"u.email\"", "\"e_mail\": \"u.email\"") << QStringLiteral("entities.user.fields.e_mail")
            << 14 << QStringLiteral("Unknown field \"e_mail\"");
        QTest::newRow("unknown conversion")
            << with("\"epoch_seconds\"", "\"epoch_millis\"")
            << QStringLiteral("entities.user.fields.registered_at.conversion") << 13
            << QStringLiteral("Unknown conversion \"epoch_millis\"");
        QTest::newRow("conversion does not fit field")
            << with("\"epoch_seconds\"", "\"fen\"") << QStringLiteral("entities.user.fields.registered_at") << 13
            << QStringLiteral("cannot produce canonical field \"registered_at\"");
        QTest::newRow("missing key")
            << with("      \"key\": \"u.id\",\n", "") << QStringLiteral("entities.user") << 7
            << QStringLiteral("\"key\" is missing");
        QTest::newRow("missing required field")
            << with("        \"registered_at\": {\"column\": \"u.reg_time\", \"conversion\": \"epoch_seconds\"},\n", "")
            << QStringLiteral("entities.user.fields") << 11 << QStringLiteral("Required field \"registered_at\"");
        QTest::newRow("unknown alias")
            << with("\"u.email\"", "\"x.email\"") << QStringLiteral("entities.user.fields.email") << 14
            << QStringLiteral("alias \"x\"");
        QTest::newRow("unknown key in entity")
            << with("\"alias\": \"u\",", "\"alias\": \"u\", \"tabel\": \"users\",") << QStringLiteral("entities.user.tabel")
            << 9 << QStringLiteral("Unknown key \"tabel\"");
        QTest::newRow("wrong format")
            << with("zhiqiao-adapter", "other") << QStringLiteral("format") << 2 << QStringLiteral("not a Zhiqiao adapter");
        QTest::newRow("wrong version")
            << with("\"version\": 1", "\"version\": 9") << QStringLiteral("version") << 3 << QStringLiteral("version 9");
        QTest::newRow("value outside enum")
            << with("\"email\": \"u.email\"",
                    "\"channel\": {\"column\": \"u.ch\", \"conversion\": \"value_map\", \"map\": {\"PC\": \"desktop\"}}")
            << QStringLiteral("entities.user.fields.channel.map.PC") << 14 << QStringLiteral("\"desktop\" is not a value");
        QTest::newRow("hostile alias")
            << with("\"alias\": \"u\"", "\"alias\": \"u\\\"; DROP TABLE x; --\"") << QStringLiteral("entities.user.alias")
            << 9 << QStringLiteral("letters, digits and underscores");
        QTest::newRow("path needs columns")
            << with("\"email\": \"u.email\"", "\"name\": {\"conversion\": \"text_path\"}")
            << QStringLiteral("entities.user.fields.name") << 14 << QStringLiteral("text_path needs");
        QTest::newRow("write of a read-only conversion")
            << with("      \"fields\": {",
                    "      \"write\": {\"table\": \"users\", \"columns\": {\"p\": {\"field\": \"name\", \"conversion\": \"text_path\"}}},\n"
                    "      \"fields\": {")
            << QStringLiteral("entities.user.write.columns.p") << 11 << QStringLiteral("cannot be written back");
    }

    void problems()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, place);
        QFETCH(int, line);
        QFETCH(QString, messagePart);
        const AdapterLoadResult r = AdapterLoader::loadData(json, QStringLiteral("bad.json"));
        QVERIFY(!r.ok());
        QVERIFY(!r.adapter); // structure problems: no adapter is handed out
        bool found = false;
        for (const AdapterProblem &p : r.problems) {
            if (p.place == place && p.message.contains(messagePart)) {
                found = true;
                QCOMPARE(p.line, line);
                QCOMPARE(p.file, QStringLiteral("bad.json"));
            }
        }
        QVERIFY2(found, qPrintable(r.problemsText()));
    }

    void parseErrorsHaveLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        // Qt reports the offset where its parser stopped, which may be inside the next token.
        QTest::newRow("missing comma") << with("\"platform\": \"t\",", "\"platform\": \"t\"") << 5 << 4;
        QTest::newRow("trailing garbage") << QByteArray("{}\n\n  x") << 3 << 3;
        QTest::newRow("cjk before error") << QByteArray("{\"平台\": tru}") << 1 << 9; // characters, not bytes
    }

    void parseErrorsHaveLineAndColumn()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        QFETCH(int, column);
        const AdapterLoadResult r = AdapterLoader::loadData(json, QStringLiteral("broken.json"));
        QCOMPARE(r.problems.size(), 1);
        QVERIFY(!r.adapter);
        QCOMPARE(r.problems.first().line, line);
        QCOMPARE(r.problems.first().column, column);
        QVERIFY(r.problems.first().toString().startsWith(QStringLiteral("broken.json:%1:%2: ").arg(line).arg(column)));
    }

    void everyProblemIsReported()
    {
        QByteArray json = with("\"epoch_seconds\"", "\"epoch_millis\"");
        json.replace("\"email\": \"u.email\"", "\"e_mail\": \"u.email\"");
        json.replace("\"user\": {", "\"user\": {\"colour\": 1,");
        const AdapterLoadResult r = AdapterLoader::loadData(json, QStringLiteral("bad.json"));
        QCOMPARE(r.problems.size(), 3);
    }

    void missingFileIsAProblem()
    {
        const AdapterLoadResult r = AdapterLoader::loadFile(QStringLiteral("/nonexistent/adapter.json"));
        QCOMPARE(r.problems.size(), 1);
        QVERIFY(r.problems.first().message.contains(QStringLiteral("Cannot read")));
    }

    void locatorFindsNestedPaths()
    {
        const JsonLocator locator(base());
        QCOMPARE(locator.line(QStringLiteral("entities.user.fields.email")), 14);
        QCOMPARE(locator.line(QStringLiteral("entities.user.fields.registered_at.conversion")), 13);
        QCOMPARE(locator.line(QStringLiteral("entities.user.fields.nothing.here")), 11); // nearest ancestor
        QCOMPARE(locator.line(QStringLiteral("schema")), 5);
    }
};

QTEST_GUILESS_MAIN(TestAdapterLoader)
#include "tst_adapterloader.moc"
