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

    void conflicts_data()
    {
        // Accounts as (email, phone); expected: groups of two or more, and conflicts as "a-b:differing".
        QTest::addColumn<QStringList>("emails");
        QTest::addColumn<QStringList>("phones");
        QTest::addColumn<int>("linkedGroups");
        QTest::addColumn<QStringList>("conflicts");
        QTest::newRow("one phone, two e-mails")
            << QStringList{"a@example.com", "b@example.com"} << QStringList{"13800000001", "+86 138 0000 0001"}
            << 0 << QStringList{"0-1:email"};
        QTest::newRow("one e-mail, two phones")
            << QStringList{"a@example.com", "A@EXAMPLE.COM"} << QStringList{"13800000001", "13900000002"}
            << 0 << QStringList{"0-1:phone"};
        QTest::newRow("one phone, e-mail missing on one side links")
            << QStringList{"a@example.com", ""} << QStringList{"13800000001", QString::fromUtf8("１３８００００００01")}
            << 1 << QStringList{};
        QTest::newRow("invalid e-mail does not conflict")
            << QStringList{"a@example.com", "not-an-email"} << QStringList{"13800000001", "0086 13800000001"}
            << 1 << QStringList{};
        QTest::newRow("agreeing pair linked, third conflicts with both")
            << QStringList{"a@example.com", "a@example.com", "c@example.com"}
            << QStringList{"13800000001", "13800000001", "13800000001"} << 1 << QStringList{"0-2:email", "1-2:email"};
    }

    void conflicts()
    {
        QFETCH(QStringList, emails);
        QFETCH(QStringList, phones);
        QFETCH(int, linkedGroups);
        QFETCH(QStringList, conflicts);
        IdentityLinker linker;
        for (int i = 0; i < emails.size(); ++i)
            linker.add({QStringLiteral("p%1").arg(i), QString::number(i), emails[i], phones[i]});
        int linked = 0;
        QStringList found;
        for (const auto &g : linker.groups(true)) {
            if (g.accounts.size() > 1)
                ++linked;
            for (const auto &c : g.conflicts) {
                const QString text = QStringLiteral("%1-%2:%3").arg(c.a).arg(c.b).arg(c.differing);
                if (!found.contains(text))
                    found << text;
            }
        }
        found.sort();
        QCOMPARE(linked, linkedGroups);
        QCOMPARE(found, conflicts);
        // A conflict keeps the two accounts in different groups: never merged silently.
        for (const auto &g : linker.groups(true))
            for (const auto &c : g.conflicts)
                QVERIFY(!(g.accounts.contains(c.a) && g.accounts.contains(c.b)));
    }

    void identifierHeldByTooManyLinksNobody()
    {
        IdentityLinker linker;
        for (int i = 0; i <= IdentityLinker::kMaxHolders; ++i)
            linker.add({QStringLiteral("p"), QString::number(i), QString(), QStringLiteral("13800000001")});
        // Nobody linked; the first two holders' groups report the identifier for a person to look at.
        const auto groups = linker.groups();
        QCOMPARE(groups.size(), 2);
        for (const auto &g : groups) {
            QCOMPARE(g.accounts.size(), 1);
            QCOMPARE(g.conflicts.first().differing, QStringLiteral("holders"));
        }
    }

    void decisions_data()
    {
        // Accounts as (email, phone) on platforms p0, p1, ...; decisions as "a-b:link|apart|undecided",
        // applied in order. Expected: the groups of two or more accounts as "0+1", open conflicts and
        // decided pairs as "a-b".
        QTest::addColumn<QStringList>("emails");
        QTest::addColumn<QStringList>("phones");
        QTest::addColumn<QStringList>("decisions");
        QTest::addColumn<QStringList>("groups");
        QTest::addColumn<QStringList>("open");
        QTest::addColumn<QStringList>("decided");
        const QStringList twoEmails{"a@example.com", "b@example.com"}, onePhone{"13800000001", "+8613800000001"};
        QTest::newRow("conflict stays open without a decision")
            << twoEmails << onePhone << QStringList{} << QStringList{} << QStringList{"0-1"} << QStringList{};
        QTest::newRow("same person links the conflicting pair")
            << twoEmails << onePhone << QStringList{"0-1:link"} << QStringList{"0+1"} << QStringList{} << QStringList{"0-1"};
        QTest::newRow("different people keeps them apart, nothing left to decide")
            << twoEmails << onePhone << QStringList{"0-1:apart"} << QStringList{} << QStringList{} << QStringList{"0-1"};
        QTest::newRow("undo opens the conflict again")
            << twoEmails << onePhone << QStringList{"0-1:link", "0-1:undecided"} << QStringList{} << QStringList{"0-1"}
            << QStringList{};
        QTest::newRow("the latest decision counts")
            << twoEmails << onePhone << QStringList{"0-1:apart", "0-1:link"} << QStringList{"0+1"} << QStringList{}
            << QStringList{"0-1"};
        QTest::newRow("a pair the rules would link can be kept apart")
            << QStringList{"a@example.com", "a@example.com"} << QStringList{"", ""} << QStringList{"0-1:apart"}
            << QStringList{} << QStringList{} << QStringList{"0-1"};
        QTest::newRow("a decision on other accounts changes nothing")
            << twoEmails << onePhone << QStringList{"0-5:link"} << QStringList{} << QStringList{"0-1"} << QStringList{};
    }

    void decisions()
    {
        QFETCH(QStringList, emails);
        QFETCH(QStringList, phones);
        QFETCH(QStringList, decisions);
        QFETCH(QStringList, groups);
        QFETCH(QStringList, open);
        QFETCH(QStringList, decided);
        IdentityLinker linker;
        for (int i = 0; i < emails.size(); ++i)
            linker.add({QStringLiteral("p%1").arg(i), QString::number(i), emails[i], phones[i]});
        IdentityDecisions made;
        for (const QString &d : decisions) {
            const QStringList parts = d.split(QLatin1Char(':'));
            const QStringList pair = parts[0].split(QLatin1Char('-'));
            IdentityDecision::Verdict v;
            QVERIFY(IdentityDecision::verdictFromCode(parts[1], &v));
            made.apply(IdentityDecision::make(IdentityDecision::accountId(QStringLiteral("p") + pair[0], pair[0]),
                                              IdentityDecision::accountId(QStringLiteral("p") + pair[1], pair[1]), v,
                                              QStringLiteral("phone:+8613800000001")));
        }
        linker.setDecisions(made);
        QStringList foundGroups, foundOpen, foundDecided;
        for (const auto &g : linker.groups(true)) {
            if (g.accounts.size() > 1) {
                QStringList members;
                for (int a : g.accounts)
                    members << QString::number(a);
                foundGroups << members.join(QLatin1Char('+'));
            }
            for (const auto &c : g.conflicts) {
                const QString text = QStringLiteral("%1-%2").arg(c.a).arg(c.b);
                if (!foundOpen.contains(text))
                    foundOpen << text;
                QCOMPARE(c.decision.verdict, IdentityDecision::Verdict::Undecided);
            }
            for (const auto &c : g.decided) {
                const QString text = QStringLiteral("%1-%2").arg(c.a).arg(c.b);
                if (!foundDecided.contains(text))
                    foundDecided << text;
                QVERIFY(c.decision.verdict != IdentityDecision::Verdict::Undecided);
            }
        }
        QCOMPARE(foundGroups, groups);
        QCOMPARE(foundOpen, open);
        QCOMPARE(foundDecided, decided);
    }
};

QTEST_GUILESS_MAIN(TestIdentityLinker)
#include "tst_identitylinker.moc"
