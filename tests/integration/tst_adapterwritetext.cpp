#include "testdatabase.h"

#include "db/pgsession.h"
#include "platform/adaptersql.h"
#include "platform/adapterwritetext.h"
#include "platform/canonicalschema.h"
#include "platform/entitywriter.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

// The C++ write conversions (the bulk writer's COPY path) against the SQL ones (the
// record-by-record writer), value by value, in the real server: for every case the column must
// receive the same value either way. The SQL side evaluates AdapterSql::writeExpression; the
// C++ side's text goes through the column type's input, as COPY does.
class TestAdapterWriteText : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<PgSession> m_s;

    static CanonicalField field(CanonicalType type)
    {
        CanonicalField f;
        f.name = QStringLiteral("f");
        f.type = type;
        return f;
    }

    static AdapterWriteColumn column(AdapterConversion conversion, const char *type, QList<AdapterMapEntry> map = {})
    {
        AdapterWriteColumn c;
        c.column = QStringLiteral("c");
        c.field = QStringLiteral("f");
        c.conversion = conversion;
        c.map = std::move(map);
        c.typeSchema = QStringLiteral("pg_catalog");
        c.typeName = QString::fromLatin1(type);
        return c;
    }

    // What the column holds, as text, when SQL converts; or the error text.
    QString viaSql(const AdapterWriteColumn &c, const CanonicalField &f, const CanonicalValue &v)
    {
        AdapterSql sql;
        const std::string p = sql.param(EntityWriter::parameterText(v));
        const std::string e = sql.writeExpression(c, f, p + "::text");
        auto rows = m_s->execParams("SELECT (" + e + ")::text", sql.takeParams());
        if (!rows)
            return QStringLiteral("error");
        return rows->rows[0][0] ? QString::fromStdString(*rows->rows[0][0]) : QStringLiteral("NULL");
    }

    // What the column holds when the C++ text goes through the type's input.
    QString viaCopy(const AdapterWriteColumn &c, const CanonicalField &f, const CanonicalValue &v, bool &supported)
    {
        std::optional<std::string> text;
        supported = AdapterWriteText::supports(c, f) && AdapterWriteText::value(c, f, v, text);
        if (!supported)
            return {};
        if (!text)
            return QStringLiteral("NULL");
        auto rows = m_s->execParams("SELECT ($1::" + c.typeName.toStdString() + ")::text", {*text});
        if (!rows)
            return QStringLiteral("error");
        return QString::fromStdString(rows->rows[0][0].value_or("NULL"));
    }

    void same(const AdapterWriteColumn &c, CanonicalType type, const CanonicalValue &v)
    {
        const CanonicalField f = field(type);
        bool supported = false;
        const QString copy = viaCopy(c, f, v, supported);
        QVERIFY2(supported, qPrintable(QStringLiteral("%1 into %2").arg(v.toQString(), c.typeName)));
        const QString sql = viaSql(c, f, v);
        QVERIFY2(copy == sql, qPrintable(QStringLiteral("%1 (%2 into %3): SQL %4, COPY %5")
                                             .arg(v.toQString(), AdapterConversions::name(c.conversion), c.typeName, sql, copy)));
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>(QStringLiteral("adapterwritetext"));
        QVERIFY(m_db->isReady());
        auto s = PgSession::open(m_db->conninfo());
        QVERIFY(s.ok());
        m_s = std::move(*s);
        QVERIFY(m_s->exec("SET TimeZone = 'Asia/Shanghai'").ok()); // the UTC rules must not depend on the session
    }

    void scaledRound_data()
    {
        QTest::addColumn<QString>("decimal");
        QTest::addColumn<int>("shift");
        QTest::addColumn<QString>("rounded");
        QTest::newRow("fen") << "12.34" << 2 << "1234";
        QTest::newRow("half fen up") << "0.125" << 2 << "13";
        QTest::newRow("half fen negative") << "-0.125" << 2 << "-13";
        QTest::newRow("below half") << "0.1249999" << 2 << "12";
        QTest::newRow("exponent") << "1.2500000000000001e-05" << 2 << "0";
        QTest::newRow("big exponent") << "5e-03" << 2 << "1";
        QTest::newRow("whole") << "199" << 2 << "19900";
        QTest::newRow("integer of half") << "2.5" << 0 << "3";
        QTest::newRow("negative zero") << "-0.001" << 2 << "0";
        QTest::newRow("carry") << "9.995" << 2 << "1000";
        QTest::newRow("not a number") << "12a" << 2 << "";
    }
    void scaledRound()
    {
        QFETCH(QString, decimal);
        QFETCH(int, shift);
        QFETCH(QString, rounded);
        const auto r = AdapterWriteText::scaledRound(decimal.toStdString(), shift);
        QCOMPARE(r ? QString::fromStdString(*r) : QString(), rounded);
    }

    void moneyAndFractions()
    {
        for (const char *m : {"0.00", "12.34", "0.125", "0.135", "1999999.99", "0.005", "7", "12.345"}) {
            same(column(AdapterConversion::Fen, "int4"), CanonicalType::Money, CanonicalValue::ofText(std::string(m)));
            same(column(AdapterConversion::None, "numeric"), CanonicalType::Money, CanonicalValue::ofText(std::string(m)));
            same(column(AdapterConversion::None, "int8"), CanonicalType::Money, CanonicalValue::ofText(std::string(m)));
        }
        QRandomGenerator rng(3);
        for (int i = 0; i < 300; ++i) {
            double d = rng.generateDouble();
            if (i % 10 == 0)
                d = double(rng.bounded(200)) / 200.0; // exact halves of a percent
            if (i % 17 == 0)
                d = d * 1e-6; // exponent notation in the 17-digit text
            same(column(AdapterConversion::Percent, "int2"), CanonicalType::Fraction, CanonicalValue::ofReal(d));
            same(column(AdapterConversion::None, "float8"), CanonicalType::Fraction, CanonicalValue::ofReal(d));
            same(column(AdapterConversion::None, "numeric"), CanonicalType::Fraction, CanonicalValue::ofReal(d));
        }
    }

    void secondsAndTimes()
    {
        for (qint64 s : {0LL, 29LL, 30LL, 31LL, 89LL, 90LL, 3599LL, 86400LL})
            same(column(AdapterConversion::Minutes, "int4"), CanonicalType::Seconds, CanonicalValue::ofInteger(s));
        same(column(AdapterConversion::None, "int4"), CanonicalType::Seconds, CanonicalValue::ofInteger(4000));
        QRandomGenerator rng(5);
        QList<qint64> instants{1700000000000, 1700000000499, 1700000000500, 1700000000999, 946684800000, 4102444799999};
        for (int i = 0; i < 200; ++i)
            instants.append(946684800000 + qint64(rng.bounded(quint64(3000000000000))));
        for (qint64 ms : instants) {
            same(column(AdapterConversion::EpochSeconds, "int8"), CanonicalType::Timestamp, CanonicalValue::ofTimeMs(ms));
            same(column(AdapterConversion::None, "timestamptz"), CanonicalType::Timestamp, CanonicalValue::ofTimeMs(ms));
            same(column(AdapterConversion::None, "timestamp"), CanonicalType::Timestamp, CanonicalValue::ofTimeMs(ms));
        }
    }

    void textsKeysAndMaps()
    {
        same(column(AdapterConversion::Key, "uuid"), CanonicalType::Key,
             CanonicalValue::ofText(std::string("0f8fad5b-d9cb-469f-a165-70867728950e")));
        same(column(AdapterConversion::Key, "int8"), CanonicalType::Key, CanonicalValue::ofText(std::string("123456789012")));
        same(column(AdapterConversion::None, "varchar"), CanonicalType::Text, CanonicalValue::ofText(std::string("得到 \\N \t")));
        same(column(AdapterConversion::None, "bool"), CanonicalType::Boolean, CanonicalValue::ofBoolean(true));
        const QList<AdapterMapEntry> kinds{{QStringLiteral("favourite"), QStringLiteral("collect")},
                                           {QStringLiteral("view"), QStringLiteral("browse")}};
        for (const char *k : {"favourite", "view", "search"})
            same(column(AdapterConversion::ValueMap, "text", kinds), CanonicalType::Enum, CanonicalValue::ofText(std::string(k)));
        const QList<AdapterMapEntry> flags{{QStringLiteral("true"), QStringLiteral("1")}, {QStringLiteral("false"), QStringLiteral("0")}};
        same(column(AdapterConversion::ValueMap, "int2", flags), CanonicalType::Boolean, CanonicalValue::ofBoolean(false));
        same(column(AdapterConversion::None, "text"), CanonicalType::Text, CanonicalValue::null());
    }

    // What the C++ side does not know exactly is left to SQL.
    void unsupportedGoesThroughSql()
    {
        std::optional<std::string> text;
        QVERIFY(!AdapterWriteText::supports(column(AdapterConversion::None, "date"), field(CanonicalType::Timestamp)));
        AdapterWriteColumn domain = column(AdapterConversion::None, "text");
        domain.typeSchema = QStringLiteral("ximalaya");
        QVERIFY(!AdapterWriteText::supports(domain, field(CanonicalType::Text)));
        CanonicalValue other = CanonicalValue::fromVariant(QVariant(12.5), CanonicalType::Money); // a double as money
        QVERIFY(!AdapterWriteText::value(column(AdapterConversion::Fen, "int4"), field(CanonicalType::Money), other, text));
    }
};

QTEST_GUILESS_MAIN(TestAdapterWriteText)
#include "tst_adapterwritetext.moc"
