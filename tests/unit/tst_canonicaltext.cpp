#include "migration/canonicalhash.h"
#include "platform/canonicalrecord.h"
#include "platform/canonicaltext.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

// CanonicalText and CanonicalRecord replace Qt calls on the migration's hot path; each must give
// exactly what the Qt code gave, so ledger hashes written before and after compare equal.
class TestCanonicalText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timestampsFormatLikeQDateTime()
    {
        QRandomGenerator rng(7);
        QList<qint64> samples{0, -1, -999, -1000, -1001, 999, 1000, 946684800000, 951782400000 /* 2000-02-29 */,
                              253402300799999 /* 9999-12-31T23:59:59.999 */, -62135596800000 /* 0001-01-01 */,
                              4102444800000, 1714564800500};
        for (int i = 0; i < 20000; ++i)
            samples.append(qint64(rng.bounded(quint64(253402300799999 + 62135596800000))) - 62135596800000);
        for (qint64 ms : samples) {
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
            std::string seconds, millis;
            QVERIFY(CanonicalText::appendUtcSeconds(seconds, ms));
            QVERIFY(CanonicalText::appendUtcMillis(millis, ms));
            QCOMPARE(QString::fromStdString(seconds), t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
            QCOMPARE(QString::fromStdString(millis), t.toUTC().toString(Qt::ISODateWithMs));
        }
        std::string out;
        QVERIFY(!CanonicalText::appendUtcSeconds(out, 253402300800000)); // year 10000: the caller uses QDateTime
    }

    void moneyNormalisesLikeTheQtVersion_data()
    {
        QTest::addColumn<QString>("raw");
        for (const char *t : {"199", "199.5", "199.00", "0199.50", "1.2000", "0.125", "-3.1", "-0.00", "+5", "7.", "12a",
                              "1e3", "", " 12.5 ", "\t3", ".5", "-", "+", "00", "-0", "0.0", "1.", "12.345", "--1", "1.2.3",
                              "١٢", " +0.10 ", "99999999999999999999.999"})
            QTest::newRow(t) << QString::fromUtf8(t);
    }
    void moneyNormalisesLikeTheQtVersion()
    {
        QFETCH(QString, raw);
        const auto fast = CanonicalText::normalizeMoney(raw.toStdString());
        const QString slow = CanonicalHash::normalizeMoney(raw);
        if (fast)
            QCOMPARE(QString::fromStdString(*fast), slow);
        else
            QVERIFY2(slow.isEmpty() || raw.contains(QChar(0x0661)), qPrintable(slow));
    }

    void numbersFormatLikeQString()
    {
        QRandomGenerator rng(11);
        QList<double> samples{0.0, -0.0, -1e-9, -0.4999999, -2.5, 0.1 + 0.2, 1.0 / 3, 0.5, 0.125, 1e-7, 123456.789, 1e21, 0.0000005, 0.9999995};
        for (int i = 0; i < 20000; ++i)
            samples.append((rng.generateDouble() - 0.3) * std::pow(10.0, rng.bounded(-8, 9)));
        for (double d : samples) {
            std::string fixed, g17;
            CanonicalText::appendFixed(fixed, d, 6);
            CanonicalText::appendDouble(g17, d);
            QCOMPARE(QString::fromStdString(fixed), QString::number(d, 'f', 6));
            QCOMPARE(QString::fromStdString(g17), QString::number(d, 'g', 17));
        }
    }

    void parsing()
    {
        QCOMPARE(CanonicalText::epochSecondsToMs("1714564800.5"), std::optional<std::int64_t>(1714564800500));
        QCOMPARE(CanonicalText::epochSecondsToMs("-1.25"), std::optional<std::int64_t>(-1250));
        QVERIFY(!CanonicalText::epochSecondsToMs("Infinity"));
        QVERIFY(!CanonicalText::epochSecondsToMs("x"));
        QCOMPARE(CanonicalText::parseInt64("42"), std::optional<std::int64_t>(42));
        QVERIFY(!CanonicalText::parseInt64("4.2"));
        QCOMPARE(CanonicalText::parseDouble("0.25"), std::optional<double>(0.25));
        QCOMPARE(CanonicalText::codePoints("得到 ok"), std::size_t(5));
    }

    // QVariantMap -> CanonicalRecord -> QVariantMap keeps every value as it was.
    void recordsRoundTrip()
    {
        const QVariantMap order{{QStringLiteral("order_key"), QStringLiteral("17")},
                                {QStringLiteral("user_key"), 3}, // an int where a key is text: kept as the int
                                {QStringLiteral("amount"), 199.5}, // a double where money is text: kept
                                {QStringLiteral("ordered_at"), QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone(8 * 3600))},
                                {QStringLiteral("refund_amount"), QVariant()},
                                {QStringLiteral("refund_reason"), QString()},
                                {QStringLiteral("not_in_schema"), QStringLiteral("kept")}};
        const CanonicalRecord r = CanonicalRecord::fromVariantMap(QStringLiteral("order"), order);
        QCOMPARE(r.value(QStringLiteral("order_key")).kind, CanonicalValue::Kind::Text);
        QCOMPARE(r.value(QStringLiteral("user_key")).kind, CanonicalValue::Kind::Other);
        QCOMPARE(r.value(QStringLiteral("amount")).kind, CanonicalValue::Kind::Other);
        QCOMPARE(r.value(QStringLiteral("ordered_at")).kind, CanonicalValue::Kind::Time);
        QCOMPARE(r.value(QStringLiteral("refund_amount")).kind, CanonicalValue::Kind::Null);
        QVERIFY(r.value(QStringLiteral("refund_reason")).isBlank());
        QVERIFY(!r.value(QStringLiteral("refund_reason")).isNull());
        QVERIFY(r.value(QStringLiteral("channel")).isAbsent());
        QCOMPARE(r.presentFields(), order.keys());
        const QVariantMap back = r.toVariantMap();
        QCOMPARE(back.keys(), order.keys());
        for (auto it = order.begin(); it != order.end(); ++it)
            QVERIFY2(back.value(it.key()) == it.value(), qPrintable(it.key()));
        QCOMPARE(CanonicalHash::sha256(r), CanonicalHash::sha256(QStringLiteral("order"), order));
    }
};

QTEST_GUILESS_MAIN(TestCanonicalText)
#include "tst_canonicaltext.moc"
