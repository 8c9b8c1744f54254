#include "identity/identitylinker.h"

#include <QTest>

class TestIdentityLinker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linksAcrossPlatformsByAnyIdentifier()
    {
        IdentityLinker linker;
        // One person: same phone written three ways, e-mail in two cases.
        linker.add({QStringLiteral("dedao"), QStringLiteral("1"), QStringLiteral("zhang.wei@example.com"), QStringLiteral("+86 138 0013 8000")});
        linker.add({QStringLiteral("ximalaya"), QStringLiteral("a"), QStringLiteral("ZHANG.WEI@EXAMPLE.COM "), QString()});
        linker.add({QStringLiteral("ximalaya"), QStringLiteral("b"), QString(), QString::fromUtf8("１３８００１３８０００")});
        // Another person only on dedao; a third only on ximalaya.
        linker.add({QStringLiteral("dedao"), QStringLiteral("2"), QStringLiteral("li.na@example.cn"), QStringLiteral("13900001111")});
        linker.add({QStringLiteral("ximalaya"), QStringLiteral("c"), QStringLiteral("wang@example.cn"), QStringLiteral("13700002222")});
        // Invalid identifiers never link anybody.
        linker.add({QStringLiteral("dedao"), QStringLiteral("3"), QStringLiteral("not-an-email"), QStringLiteral("12")});
        linker.add({QStringLiteral("ximalaya"), QStringLiteral("d"), QStringLiteral("not-an-email"), QStringLiteral("12")});

        const auto groups = linker.groups();
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().accounts, (QList<int>{0, 1, 2}));
        QCOMPARE(groups.first().platforms, (QStringList{QStringLiteral("dedao"), QStringLiteral("ximalaya")}));
        QCOMPARE(groups.first().evidence,
                 (QStringList{QStringLiteral("email:zhang.wei@example.com"), QStringLiteral("phone:+8613800138000")}));
        QCOMPARE(linker.overlap(QStringLiteral("dedao"), QStringLiteral("ximalaya")), 1);
        QCOMPARE(linker.groups(true).size(), 5);
    }

    void duplicatesOnOnePlatformAreNotOverlap()
    {
        IdentityLinker linker;
        linker.add({QStringLiteral("dedao"), QStringLiteral("1"), QStringLiteral("a@example.com"), QString()});
        linker.add({QStringLiteral("dedao"), QStringLiteral("2"), QStringLiteral("A@example.com"), QString()});
        QCOMPARE(linker.groups().size(), 1);
        QCOMPARE(linker.overlap(QStringLiteral("dedao"), QStringLiteral("ximalaya")), 0);
    }

    void transitiveLinks()
    {
        // e-mail links 0-1, phone links 1-2: one group of three.
        IdentityLinker linker;
        linker.add({QStringLiteral("p"), QStringLiteral("0"), QStringLiteral("x@example.com"), QString()});
        linker.add({QStringLiteral("q"), QStringLiteral("1"), QStringLiteral("x@example.com"), QStringLiteral("13800000001")});
        linker.add({QStringLiteral("r"), QStringLiteral("2"), QString(), QStringLiteral("+8613800000001")});
        QCOMPARE(linker.groups().size(), 1);
        QCOMPARE(linker.groups().first().accounts.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestIdentityLinker)
#include "tst_identitylinker.moc"
