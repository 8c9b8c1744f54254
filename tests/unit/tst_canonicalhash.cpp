#include "migration/canonicalhash.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QTest>
#include <QTimeZone>

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

QVariantMap order()
{
    return {{QStringLiteral("order_key"), QStringLiteral("17")},
            {QStringLiteral("order_no"), QStringLiteral("DD-0017")},
            {QStringLiteral("user_key"), QStringLiteral("3")},
            {QStringLiteral("item_key"), QStringLiteral("9")},
            {QStringLiteral("amount"), QStringLiteral("199.00")},
            {QStringLiteral("currency"), QStringLiteral("CNY")},
            {QStringLiteral("channel"), QStringLiteral("ios")},
            {QStringLiteral("status"), QStringLiteral("paid")},
            {QStringLiteral("ordered_at"), utc(2024, 5, 1, 12, 0, 0)},
            {QStringLiteral("refund_amount"), QVariant()},
            {QStringLiteral("refunded_at"), QVariant()},
            {QStringLiteral("refund_reason"), QVariant()}};
}

} // namespace

class TestCanonicalHash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handCheckedEncoding()
    {
        const QVariantMap consent{{QStringLiteral("user_key"), QStringLiteral("7")},
                                  {QStringLiteral("purpose"), QStringLiteral("migration")},
                                  {QStringLiteral("granted"), true},
                                  {QStringLiteral("updated_at"), utc(2024, 1, 2, 3, 4, 5)},
                                  {QStringLiteral("evidence"), QVariant()}};
        const QByteArray expected = "zqr1" "7:consent"
                                    "8:evidence" "N"
                                    "7:granted" "B" "1:1"
                                    "7:purpose" "S" "9:migration"
                                    "10:updated_at" "T" "20:2024-01-02T03:04:05Z"
                                    "8:user_key" "S" "1:7";
        QCOMPARE(CanonicalHash::encode(QStringLiteral("consent"), consent), expected);
        QCOMPARE(CanonicalHash::sha256(QStringLiteral("consent"), consent),
                 QCryptographicHash::hash(expected, QCryptographicHash::Sha256));
        QCOMPARE(CanonicalHash::sha256Hex(QStringLiteral("consent"), consent).size(), 64);

        // Texts are counted in UTF-8 bytes; money and fractions in their exact forms.
        const QVariantMap progress{{QStringLiteral("user_key"), QStringLiteral("用户")},
                                   {QStringLiteral("item_key"), QStringLiteral("9")},
                                   {QStringLiteral("fraction"), 0.1 + 0.2},
                                   {QStringLiteral("seconds"), qlonglong(42)},
                                   {QStringLiteral("updated_at"), utc(2024, 1, 2, 3, 4, 5)}};
        QCOMPARE(CanonicalHash::encode(QStringLiteral("progress"), progress),
                 QByteArray("zqr1" "8:progress" "8:fraction" "F" "8:0.300000" "8:item_key" "S" "1:9" "7:seconds" "I" "2:42"
                            "10:updated_at" "T" "20:2024-01-02T03:04:05Z" "8:user_key" "S" "6:") + QStringLiteral("用户").toUtf8());
    }

    void nullIsNotEmpty()
    {
        QVariantMap a = order();
        QVariantMap b = order();
        a.insert(QStringLiteral("refund_reason"), QVariant());
        b.insert(QStringLiteral("refund_reason"), QString(""));
        QVERIFY(CanonicalHash::sha256(QStringLiteral("order"), a) != CanonicalHash::sha256(QStringLiteral("order"), b));
        // An absent schema field is a null one (adapters read unmapped fields as NULL).
        QVariantMap c = order();
        c.remove(QStringLiteral("refund_reason"));
        QCOMPARE(CanonicalHash::sha256(QStringLiteral("order"), c), CanonicalHash::sha256(QStringLiteral("order"), a));
    }

    void sameInstantInAnyZone()
    {
        QVariantMap a = order();
        QVariantMap b = order();
        b.insert(QStringLiteral("ordered_at"), QDateTime(QDate(2024, 5, 1), QTime(20, 0, 0), QTimeZone(8 * 3600)));
        QCOMPARE(CanonicalHash::sha256(QStringLiteral("order"), a), CanonicalHash::sha256(QStringLiteral("order"), b));
        QVariantMap c = order();
        c.insert(QStringLiteral("ordered_at"), QDateTime(QDate(2024, 5, 1), QTime(20, 0, 0), QTimeZone("Asia/Shanghai")));
        QCOMPARE(CanonicalHash::sha256(QStringLiteral("order"), a), CanonicalHash::sha256(QStringLiteral("order"), c));
        QVariantMap d = order();
        d.insert(QStringLiteral("ordered_at"), utc(2024, 5, 1, 12, 0, 1));
        QVERIFY(CanonicalHash::sha256(QStringLiteral("order"), a) != CanonicalHash::sha256(QStringLiteral("order"), d));
    }

    void money_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("normal");
        QTest::newRow("whole") << "199" << "199.00";
        QTest::newRow("one place") << "199.5" << "199.50";
        QTest::newRow("two places") << "199.00" << "199.00";
        QTest::newRow("leading zeros") << "0199.50" << "199.50";
        QTest::newRow("trailing zeros") << "1.2000" << "1.20";
        QTest::newRow("sub-fen kept exact") << "0.125" << "0.125";
        QTest::newRow("negative") << "-3.1" << "-3.10";
        QTest::newRow("negative zero") << "-0.00" << "0.00";
        QTest::newRow("plus") << "+5" << "5.00";
        QTest::newRow("point only") << "7." << "7.00";
        QTest::newRow("not a number") << "12a" << "";
        QTest::newRow("exponent") << "1e3" << "";
        QTest::newRow("empty") << "" << "";
    }
    void money()
    {
        QFETCH(QString, raw);
        QFETCH(QString, normal);
        QCOMPARE(CanonicalHash::normalizeMoney(raw), normal);
    }

    void typedValues_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("a");
        QTest::addColumn<QVariant>("b");
        QTest::addColumn<bool>("equal");
        QTest::newRow("money 199 = 199.00") << "order" << "amount" << QVariant("199") << QVariant("199.00") << true;
        QTest::newRow("money differs by a fen") << "order" << "amount" << QVariant("199.00") << QVariant("199.01") << false;
        QTest::newRow("fraction 0.1+0.2 = 0.3") << "progress" << "fraction" << QVariant(0.1 + 0.2) << QVariant(0.3) << true;
        QTest::newRow("fraction below precision") << "progress" << "fraction" << QVariant(0.5) << QVariant(0.5000001) << true;
        QTest::newRow("fraction at precision") << "progress" << "fraction" << QVariant(0.5) << QVariant(0.500002) << false;
        QTest::newRow("fraction as text") << "progress" << "fraction" << QVariant(0.25) << QVariant("0.25") << true;
        QTest::newRow("seconds int vs long") << "progress" << "seconds" << QVariant(int(5)) << QVariant(qlonglong(5)) << true;
        QTest::newRow("boolean vs text") << "user" << "active" << QVariant(true) << QVariant("true") << true;
        QTest::newRow("boolean differs") << "user" << "active" << QVariant(true) << QVariant(false) << false;
        QTest::newRow("text case matters") << "user" << "email" << QVariant("A@x.cn") << QVariant("a@x.cn") << false;
        QTest::newRow("malformed money never matches") << "order" << "amount" << QVariant("abc") << QVariant("0.00") << false;
        QTest::newRow("timestamp text = value") << "order" << "ordered_at" << QVariant("2024-05-01T20:00:00+08:00")
                                                << QVariant(utc(2024, 5, 1, 12, 0, 0)) << true;
    }
    void typedValues()
    {
        QFETCH(QString, entity);
        QFETCH(QString, field);
        QFETCH(QVariant, a);
        QFETCH(QVariant, b);
        QFETCH(bool, equal);
        QCOMPARE(CanonicalHash::canonicalValue(entity, field, a) == CanonicalHash::canonicalValue(entity, field, b), equal);
    }

    void lengthPrefixesKeepFieldsApart()
    {
        QVariantMap a{{QStringLiteral("title"), QStringLiteral("ab")}, {QStringLiteral("author"), QStringLiteral("c")}};
        QVariantMap b{{QStringLiteral("title"), QStringLiteral("a")}, {QStringLiteral("author"), QStringLiteral("bc")}};
        QVERIFY(CanonicalHash::encode(QStringLiteral("item"), a) != CanonicalHash::encode(QStringLiteral("item"), b));
        QVERIFY(CanonicalHash::encode(QStringLiteral("item"), a) != CanonicalHash::encode(QStringLiteral("order"), a));
    }

    void keysExcluded()
    {
        QVariantMap a = order();
        QVariantMap b = order();
        b.insert(QStringLiteral("order_key"), QStringLiteral("b6f3c3e0-0000-4000-8000-000000000017"));
        QVERIFY(CanonicalHash::sha256(QStringLiteral("order"), a) != CanonicalHash::sha256(QStringLiteral("order"), b));
        QCOMPARE(CanonicalHash::sha256(QStringLiteral("order"), a, CanonicalHash::Keys::ExcludeOwn),
                 CanonicalHash::sha256(QStringLiteral("order"), b, CanonicalHash::Keys::ExcludeOwn));
        // References stay under ExcludeOwn (they are translated), go under ExcludeAll.
        b.insert(QStringLiteral("user_key"), QStringLiteral("u-3"));
        QVERIFY(CanonicalHash::sha256(QStringLiteral("order"), a, CanonicalHash::Keys::ExcludeOwn)
                != CanonicalHash::sha256(QStringLiteral("order"), b, CanonicalHash::Keys::ExcludeOwn));
        QCOMPARE(CanonicalHash::sha256(QStringLiteral("order"), a, CanonicalHash::Keys::ExcludeAll),
                 CanonicalHash::sha256(QStringLiteral("order"), b, CanonicalHash::Keys::ExcludeAll));
        QVERIFY(!CanonicalHash::encode(QStringLiteral("order"), a, CanonicalHash::Keys::ExcludeAll).contains("order_key"));
        // Explicit exclusions.
        b = a;
        b.insert(QStringLiteral("order_no"), QStringLiteral("XM-1"));
        QCOMPARE(CanonicalHash::sha256(QStringLiteral("order"), a, CanonicalHash::Keys::Include, {QStringLiteral("order_no")}),
                 CanonicalHash::sha256(QStringLiteral("order"), b, CanonicalHash::Keys::Include, {QStringLiteral("order_no")}));
    }

    void diff()
    {
        QVariantMap a = order();
        QVariantMap b = order();
        b.insert(QStringLiteral("amount"), QStringLiteral("198.00"));
        b.insert(QStringLiteral("refund_reason"), QString(""));
        b.insert(QStringLiteral("ordered_at"), QDateTime(QDate(2024, 5, 1), QTime(20, 0, 0), QTimeZone(8 * 3600))); // same instant
        b.insert(QStringLiteral("order_key"), QStringLiteral("99"));
        const QList<CanonicalHash::FieldDiff> d = CanonicalHash::diff(QStringLiteral("order"), a, b, CanonicalHash::Keys::ExcludeOwn);
        QCOMPARE(d.size(), 2);
        QCOMPARE(d.at(0).field, QStringLiteral("amount"));
        QCOMPARE(d.at(0).sourceText, QStringLiteral("M:199.00"));
        QCOMPARE(d.at(0).targetText, QStringLiteral("M:198.00"));
        QCOMPARE(d.at(0).source.toString(), QStringLiteral("199.00"));
        QCOMPARE(d.at(1).field, QStringLiteral("refund_reason"));
        QCOMPARE(d.at(1).sourceText, QStringLiteral("null"));
        QCOMPARE(d.at(1).targetText, QStringLiteral("S:"));
        QVERIFY(CanonicalHash::diff(QStringLiteral("order"), a, a).isEmpty());
        QCOMPARE(CanonicalHash::diff(QStringLiteral("order"), a, b).size(), 3); // with the key
    }
};

QTEST_GUILESS_MAIN(TestCanonicalHash)
#include "tst_canonicalhash.moc"
