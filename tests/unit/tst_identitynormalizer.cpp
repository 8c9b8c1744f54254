#include "identity/identitynormalizer.h"

#include <QTest>

class TestIdentityNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void email_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected"); // empty: rejected
        QTest::newRow("plain") << "zhang.wei@example.com" << "zhang.wei@example.com";
        QTest::newRow("upper case") << "Zhang.Wei@Example.COM" << "zhang.wei@example.com";
        QTest::newRow("blanks around") << "  li.na@example.cn \t" << "li.na@example.cn";
        QTest::newRow("full-width") << QString::fromUtf8("ｚｈａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ") << "zhang@example.com";
        QTest::newRow("capital sharp s folds (simple folding)") << QString::fromUtf8("STRAẞE@example.de") << QString::fromUtf8("straße@example.de");
        QTest::newRow("no at") << "zhang.example.com" << "";
        QTest::newRow("two at") << "a@b@example.com" << "";
        QTest::newRow("no domain dot") << "zhang@localhost" << "";
        QTest::newRow("space inside") << "zhang wei@example.com" << "";
        QTest::newRow("empty") << "   " << "";
        QTest::newRow("trailing dot") << "a@example." << "";
    }
    void email()
    {
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        const auto n = IdentityNormalizer::email(raw);
        QCOMPARE(n.value, expected);
        QCOMPARE(n.isValid(), !expected.isEmpty());
        QCOMPARE(n.problem.isEmpty(), n.isValid());
    }

    void phone_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected");
        QTest::newRow("national mobile") << "13800138000" << "+8613800138000";
        QTest::newRow("+86 with spaces") << "+86 138 0013 8000" << "+8613800138000";
        QTest::newRow("0086") << "0086-138-0013-8000" << "+8613800138000";
        QTest::newRow("86 without plus") << "8613800138000" << "+8613800138000";
        QTest::newRow("full-width digits") << QString::fromUtf8("１３８００１３８０００") << "+8613800138000";
        QTest::newRow("full-width plus and space") << QString::fromUtf8("＋８６　１３８　００１３　８０００") << "+8613800138000";
        QTest::newRow("parentheses") << "(+86) 138.0013.8000" << "+8613800138000";
        QTest::newRow("beijing landline") << "010-6552 9988" << "+861065529988";
        QTest::newRow("landline +86 with trunk 0") << "+86 (0)10 6552 9988" << "+861065529988";
        QTest::newRow("hong kong") << "+852 9123 4567" << "+85291234567";
        QTest::newRow("letters") << "138-0013-800a" << "";
        QTest::newRow("too short") << "12345" << "";
        QTest::newRow("not a mobile prefix") << "12800138000" << "";
        QTest::newRow("empty") << "" << "";
    }
    void phone()
    {
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        const auto n = IdentityNormalizer::phone(raw);
        QCOMPARE(n.value, expected);
        QCOMPARE(n.problem.isEmpty(), n.isValid());
    }

    void samePersonWrittenDifferently()
    {
        // The demo platforms store one person's phone in different forms; all must meet.
        const QStringList forms = {QStringLiteral("+86 139 1234 5678"), QStringLiteral("13912345678"),
                                   QString::fromUtf8("１３９１２３４５６７８"), QStringLiteral("0086 139-1234-5678")};
        for (const QString &f : forms)
            QCOMPARE(IdentityNormalizer::phone(f).value, QStringLiteral("+8613912345678"));
    }
};

QTEST_GUILESS_MAIN(TestIdentityNormalizer)
#include "tst_identitynormalizer.moc"
