#include "users/personaldata.h"

#include <QTest>

class TestPersonalData : public QObject
{
    Q_OBJECT

private slots:
    void masks_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("masked");
        QTest::newRow("mobile") << "phone" << "13812341234" << "138****1234";
        QTest::newRow("+86 grouped") << "phone" << "+86 138 1234 1234" << "138****1234";
        QTest::newRow("0086") << "phone" << "0086-138-1234-1234" << "138****1234";
        QTest::newRow("full-width") << "phone" << QString::fromUtf8("１３８１２３４１２３４") << "138****1234";
        QTest::newRow("short") << "phone" << "12345" << "1****";
        QTest::newRow("no digits") << "phone" << "n/a" << "****";
        QTest::newRow("empty phone") << "phone" << "" << "";
        QTest::newRow("e-mail") << "email" << "zhang.wei@example.com" << "z***@example.com";
        QTest::newRow("e-mail with blanks") << "email" << "  Zhang@Example.com " << "Z***@Example.com";
        QTest::newRow("not an e-mail") << "email" << "zhang" << "z***";
        QTest::newRow("two-character name") << "name" << QString::fromUtf8("张伟") << QString::fromUtf8("张*");
        QTest::newRow("three-character name") << "name" << QString::fromUtf8("欧阳娜") << QString::fromUtf8("欧**");
        QTest::newRow("latin name, stars capped") << "name" << "Zhang Wei" << "Z***";
        QTest::newRow("one character") << "name" << QString::fromUtf8("张") << QString::fromUtf8("张");
        QTest::newRow("astral first character") << "name" << QString::fromUtf8("𠀋一") << QString::fromUtf8("𠀋*");
    }

    void masks()
    {
        QFETCH(QString, kind);
        QFETCH(QString, raw);
        QFETCH(QString, masked);
        const QString got = kind == QLatin1String("phone") ? PersonalData::maskPhone(raw)
            : kind == QLatin1String("email")               ? PersonalData::maskEmail(raw)
                                                           : PersonalData::maskName(raw);
        QCOMPARE(got, masked);
    }

    void revealIsRecordedAndCanBeVetoed()
    {
        const qsizetype before = PersonalData::sessionReveals().size();
        QVERIFY(PersonalData::reveal(QStringLiteral("dedao:1"), {QStringLiteral("phone")}, QStringLiteral("ticket 42")));
        const auto reveals = PersonalData::sessionReveals();
        QCOMPARE(reveals.size(), before + 1);
        QCOMPARE(reveals.last().person, QStringLiteral("dedao:1"));
        QCOMPARE(reveals.last().fields, QStringList{QStringLiteral("phone")});
        QCOMPARE(reveals.last().reason, QStringLiteral("ticket 42"));
        QVERIFY(!reveals.last().operatorName.isEmpty());

        PersonalData::setSink([](const PersonalData::Reveal &) { return false; });
        QVERIFY(!PersonalData::reveal(QStringLiteral("dedao:2"), {QStringLiteral("email")}));
        QCOMPARE(PersonalData::sessionReveals().size(), before + 1);
        PersonalData::setSink({});
    }
};

QTEST_GUILESS_MAIN(TestPersonalData)
#include "tst_personaldata.moc"
