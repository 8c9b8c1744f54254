#include "platform/adapterloader.h"
#include "platform/entitywriter.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

// The INSERT an adapter's write section produces for one canonical record: text and parameters.
class TestEntityWriter : public QObject
{
    Q_OBJECT

private:
    // Adapter text is written with ' for " (so that moc, which does not read raw strings, copes).
    static Adapter load(const char *singleQuoted)
    {
        const QByteArray entities = QByteArray(singleQuoted).replace('\'', '"');
        const QByteArray json = "{\"format\": \"zhiqiao-adapter\", \"version\": 1, \"platform\": \"p\", \"schema\": \"s\",\n"
                                "\"entities\": {" + entities + "}}";
        const AdapterLoadResult r = AdapterLoader::loadData(json, QStringLiteral("w.json"));
        if (!r.ok())
            qFatal("%s", qPrintable(r.problemsText()));
        return *r.adapter;
    }

    static std::vector<std::optional<std::string>> params(std::initializer_list<const char *> values)
    {
        std::vector<std::optional<std::string>> out;
        for (const char *v : values)
            out.push_back(v ? std::optional<std::string>(v) : std::nullopt);
        return out;
    }

private slots:
    void orderWithRefundChild()
    {
        Adapter a = load("'order': {'table': 'orders', 'alias': 'o', 'key': 'o.id',\n"
"            'fields': {'order_key': {'column': 'o.id', 'conversion': 'key'}, 'user_key': 'o.u', 'item_key': 'o.i',\n"
"                       'amount': {'column': 'o.fen', 'conversion': 'fen'}, 'status': 'o.st',\n"
"                       'ordered_at': {'column': 'o.at', 'conversion': 'epoch_seconds'}},\n"
"            'write': {'table': 'orders', 'returning': 'id',\n"
"                      'columns': {'amount_fen': {'field': 'amount', 'conversion': 'fen'},\n"
"                                  'created_at': {'field': 'ordered_at', 'conversion': 'epoch_seconds'},\n"
"                                  'status': {'field': 'status', 'conversion': 'value_map', 'map': {'paid': 'PAID', 'refunded': 'REFUNDED'}}},\n"
"                      'children': [{'table': 'refunds', 'parent_column': 'order_id', 'when': 'refund_amount',\n"
"                                    'columns': {'amount_fen': {'field': 'refund_amount', 'conversion': 'fen'}}}]}}");
        QVariantMap record;
        record.insert(QStringLiteral("amount"), QStringLiteral("199.00"));
        record.insert(QStringLiteral("ordered_at"), QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), QTimeZone::utc()));
        record.insert(QStringLiteral("status"), QStringLiteral("refunded"));
        record.insert(QStringLiteral("refund_amount"), QStringLiteral("50.5"));
        const Result<ParamStatement> st = EntityWriter::insertStatement(a, QStringLiteral("order"), record);
        QVERIFY(st.ok());
        // Column order follows the file (QJsonObject sorts keys): amount_fen, created_at, status.
        QCOMPARE(QString::fromStdString(st->sql),
                 QStringLiteral("WITH main_row AS (INSERT INTO \"s\".\"orders\" (\"amount_fen\", \"created_at\", \"status\") "
                                "VALUES (round($1::numeric * 100), round(extract(epoch from $2::timestamptz)), "
                                "CASE $3::text WHEN $4::text THEN $5::text WHEN $6::text THEN $7::text END) RETURNING \"id\"), "
                                "child_0 AS (INSERT INTO \"s\".\"refunds\" (\"order_id\", \"amount_fen\") "
                                "SELECT main_row.\"id\", round($8::numeric * 100) FROM main_row WHERE $8::text IS NOT NULL) "
                                "SELECT main_row.\"id\"::text FROM main_row"));
        QCOMPARE(st->params, params({"199.00", "2024-01-02T03:04:05.000Z", "refunded", "paid", "PAID", "refunded",
                                     "REFUNDED", "50.5"}));
    }

    void hostileNamesAreQuotedAndAbsentFieldsLeftOut()
    {
        Adapter a = load("'consent': {'table': 't\\'; DROP TABLE x; --', 'key': ['u', 'p'],\n"
"            'fields': {'user_key': 'u', 'purpose': 'p', 'granted': 'g', 'updated_at': 'at'},\n"
"            'write': {'table': 't\\'; DROP TABLE x; --',\n"
"                      'columns': {'we\\'ird col': {'field': 'user_key', 'conversion': 'key'}, 'g': 'granted', 'ev': 'evidence'}}}");
        // Types found by the catalog check turn into quoted casts.
        for (AdapterWriteColumn &c : a.entities[QStringLiteral("consent")].write.columns) {
            c.typeSchema = QStringLiteral("pg_catalog");
            c.typeName = c.column == QLatin1String("g") ? QStringLiteral("bool") : QStringLiteral("text");
        }
        QVariantMap record;
        record.insert(QStringLiteral("user_key"), QStringLiteral("42"));
        record.insert(QStringLiteral("granted"), false);
        // evidence absent: its column is left out so the column default applies.
        const Result<ParamStatement> st = EntityWriter::insertStatement(a, QStringLiteral("consent"), record);
        QVERIFY(st.ok());
        QCOMPARE(QString::fromStdString(st->sql),
                 QStringLiteral("INSERT INTO \"s\".\"t\"\"; DROP TABLE x; --\" (\"g\", \"we\"\"ird col\") "
                                "VALUES (($1::boolean)::\"pg_catalog\".\"bool\", ($2::text)::\"pg_catalog\".\"text\")"));
        QCOMPARE(st->params, params({"false", "42"}));
    }

    void nullValuesAreNullParameters()
    {
        Adapter a = load("'consent': {'table': 'c', 'key': ['u', 'p'],\n"
"            'fields': {'user_key': 'u', 'purpose': 'p', 'granted': 'g', 'updated_at': 'at'},\n"
"            'write': {'table': 'c', 'returning': ['u', 'p'], 'columns': {'ev': 'evidence'}}}");
        QVariantMap record;
        record.insert(QStringLiteral("evidence"), QVariant());
        const Result<ParamStatement> st = EntityWriter::insertStatement(a, QStringLiteral("consent"), record);
        QVERIFY(st.ok());
        QCOMPARE(QString::fromStdString(st->sql),
                 QStringLiteral("INSERT INTO \"s\".\"c\" (\"ev\") VALUES ($1::text) RETURNING \"u\"::text, \"p\"::text"));
        QCOMPARE(st->params, params({nullptr}));
    }

    void unknownFieldsAreRefused()
    {
        Adapter a = load("'consent': {'table': 'c', 'key': ['u', 'p'],\n"
"            'fields': {'user_key': 'u', 'purpose': 'p', 'granted': 'g', 'updated_at': 'at'},\n"
"            'write': {'table': 'c', 'columns': {'ev': 'evidence'}}}");
        QVariantMap record;
        record.insert(QStringLiteral("evidence; DROP"), QStringLiteral("x"));
        QVERIFY(!EntityWriter::insertStatement(a, QStringLiteral("consent"), record).ok());
        QVERIFY(!EntityWriter::insertStatement(a, QStringLiteral("user"), {}).ok());
    }

    void parameterText_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("string") << QVariant(QStringLiteral("张伟")) << QStringLiteral("张伟");
        QTest::newRow("bool") << QVariant(true) << QStringLiteral("true");
        QTest::newRow("double") << QVariant(0.25) << QStringLiteral("0.25");
        QTest::newRow("longlong") << QVariant(qlonglong(5400)) << QStringLiteral("5400");
        QTest::newRow("datetime in +08 becomes UTC")
            << QVariant(QDateTime(QDate(2024, 1, 1), QTime(8, 0), QTimeZone(8 * 3600))) << QStringLiteral("2024-01-01T00:00:00.000Z");
    }

    void parameterText()
    {
        QFETCH(QVariant, value);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(*EntityWriter::parameterText(value)), text);
        QVERIFY(!EntityWriter::parameterText(QVariant()).has_value());
    }
};

QTEST_GUILESS_MAIN(TestEntityWriter)
#include "tst_entitywriter.moc"
