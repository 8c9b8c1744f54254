#include "core/tablecsv.h"
#include "users/person.h"
#include "users/peoplemodel.h"
#include "users/profiletables.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {

UserSearch::Hit hit(const QString &platform, const QString &key, const QString &name, const QString &email,
                    const QString &phone, int matchedBy)
{
    UserSearch::Hit h;
    h.account = {platform + QStringLiteral("-id"), platform, key};
    h.name = name;
    h.email = email;
    h.phone = phone;
    h.registeredAt = QDateTime::fromSecsSinceEpoch(1700000000, QTimeZone::utc());
    h.matchedBy = matchedBy;
    return h;
}

QList<Profile::AccountProfile> profiles()
{
    Profile::AccountProfile a;
    a.account = {QStringLiteral("d"), QStringLiteral("dedao"), QStringLiteral("1")};
    a.facts.registeredAt = QDateTime::fromSecsSinceEpoch(1700000000, QTimeZone::utc());
    a.facts.channel = QStringLiteral("ios");
    a.facts.consents.append({QStringLiteral("sharing"), true, QDateTime::fromSecsSinceEpoch(1700000000, QTimeZone::utc()), {}});
    a.purchases.append({QStringLiteral("100"), QStringLiteral("D-1"), QStringLiteral("10"), QStringLiteral("管理学, 二十讲"),
                        QStringLiteral("商业/管理"), QStringLiteral("pc"), QStringLiteral("refunded"), 19900, 19900,
                        QDateTime::fromSecsSinceEpoch(1700100000, QTimeZone::utc()), {}});
    a.progress.append({QStringLiteral("10"), QStringLiteral("管理学"), 0.45, 5400, QDateTime::fromSecsSinceEpoch(1700300000, QTimeZone::utc())});
    Profile::AccountProfile b;
    b.account = {QStringLiteral("x"), QStringLiteral("ximalaya"), QStringLiteral("u-1")};
    b.purchases.append({QStringLiteral("p1"), {}, QStringLiteral("a1"), {}, {}, QStringLiteral("android"), QStringLiteral("paid"),
                        9990, 0, QDateTime::fromSecsSinceEpoch(1700200000, QTimeZone::utc()), {}});
    return {a, b};
}

} // namespace

class TestUsersModels : public QObject
{
    Q_OBJECT

private slots:
    // Conflicts become the questions a person answers: pairs sharing one identifier and one
    // account are one question about that account; unrelated pairs stay apart.
    void conflictsAsQuestions()
    {
        auto hit = [](const QString &platform, const QString &key) {
            UserSearch::Hit h;
            h.account = {platform, platform, key};
            return h;
        };
        const UserSearch::Hit d1 = hit("dedao", "1"), x1 = hit("ximalaya", "01"), x2 = hit("ximalaya", "02");
        const QString phone = QStringLiteral("phone:+8613800138000");
        const QList<Person::Conflict> pairs{{d1, x2, phone, QStringLiteral("email"), {}},
                                            {x1, x2, phone, QStringLiteral("email"), {}},
                                            {d1, hit("dedao", "9"), QStringLiteral("email:a@example.com"), QStringLiteral("phone"), {}}};
        const QList<Person::Question> q = Person::questions(pairs);
        QCOMPARE(q.size(), 2);
        QCOMPARE(q[0].pairs.size(), 2);
        QCOMPARE(q[0].hub.account.userKey, QStringLiteral("02"));
        QCOMPARE(q[0].others.size(), 2);
        QCOMPARE(q[0].others[0].account.userKey, QStringLiteral("1"));
        QCOMPARE(q[0].others[1].account.userKey, QStringLiteral("01"));
        QCOMPARE(q[1].pairs.size(), 1);
        QCOMPARE(q[1].hub.account.userKey, QStringLiteral("9"));

        // Decided pairs group by verdict too: one linked, one kept apart are two answers.
        QList<Person::Conflict> decided = pairs.mid(0, 2);
        decided[0].decision.verdict = IdentityDecision::Verdict::Link;
        decided[1].decision.verdict = IdentityDecision::Verdict::KeepApart;
        QCOMPARE(Person::questions(decided).size(), 2);
    }

    void peopleModel()
    {
        PeopleModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Person p;
        p.accounts = {hit("dedao", "1", QString::fromUtf8("张伟"), "zhang.wei@example.com", "+86 138 1234 1234", UserSearch::ByPhone)};
        p.platforms = {QStringLiteral("dedao")};
        p.matchedBy = UserSearch::ByPhone | UserSearch::ByName;
        Person q = p;
        q.conflicts.append({p.accounts[0], p.accounts[0], QStringLiteral("phone:+8613812341234"), QStringLiteral("email")});
        model.setPeople({p, q});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, PeopleModel::Name).data().toString(), QString::fromUtf8("张*"));
        QCOMPARE(model.index(0, PeopleModel::Email).data().toString(), QStringLiteral("z***@example.com"));
        QCOMPARE(model.index(0, PeopleModel::Phone).data().toString(), QStringLiteral("138****1234"));
        QCOMPARE(model.index(0, PeopleModel::MatchedBy).data().toString(), QStringLiteral("phone, name"));
        QVERIFY(model.index(0, PeopleModel::Review).data().toString().isEmpty());
        QVERIFY(!model.index(1, PeopleModel::Review).data().toString().isEmpty());
        model.setPeople({});
        QCOMPARE(model.rowCount(), 0);
    }

    void accountsModelMasksUntilRevealed()
    {
        AccountsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Person p;
        p.accounts = {hit("dedao", "1", QString::fromUtf8("张伟"), "zhang.wei@example.com", "+86 138 1234 1234", 0),
                      hit("ximalaya", "u-1", QString::fromUtf8("张伟"), "ZHANG.WEI@example.com", "", 0)};
        p.evidence = {QStringLiteral("email:zhang.wei@example.com")};
        model.setPerson(p);
        QCOMPARE(model.index(0, 4).data().toString(), QStringLiteral("138****1234"));
        QCOMPARE(model.index(0, 6).data().toString(), QStringLiteral("e-mail"));
        QCOMPARE(model.index(1, 6).data().toString(), QStringLiteral("e-mail"));
        model.setRevealed(true);
        QCOMPARE(model.index(0, 4).data().toString(), QStringLiteral("+86 138 1234 1234"));
        QCOMPARE(model.index(1, 3).data().toString(), QStringLiteral("ZHANG.WEI@example.com"));
    }

    void purchasesProgressFacts()
    {
        PurchasesModel purchases;
        ProgressModel progress;
        FactsModel facts;
        QAbstractItemModelTester t1(&purchases, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&progress, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&facts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        purchases.setProfiles(profiles());
        progress.setProfiles(profiles());
        facts.setProfiles(profiles());
        QCOMPARE(purchases.rowCount(), 2);
        QCOMPARE(purchases.index(0, 1).data().toString(), QStringLiteral("ximalaya")); // newest first
        QCOMPARE(purchases.index(0, 7).data().toString(), QStringLiteral("¥99.90"));
        QVERIFY(purchases.index(0, 3).data().toString().contains(QStringLiteral("a1"))); // unknown item said so
        QCOMPARE(purchases.index(1, 8).data().toString(), QStringLiteral("¥199.00"));
        QCOMPARE(progress.rowCount(), 1);
        QCOMPARE(progress.index(0, 2).data().toString(), QStringLiteral("45%"));
        QCOMPARE(progress.index(0, 3).data().toString(), QStringLiteral("1 h 30 min"));
        QCOMPARE(facts.rowCount(), 2);
        QCOMPARE(facts.index(0, 2).data().toString(), QStringLiteral("iOS"));
        QVERIFY(facts.index(0, 6).data().toString().startsWith(QStringLiteral("granted"))); // sharing
        QCOMPARE(facts.index(0, 5).data().toString(), QStringLiteral("not asked"));       // migration
    }

    void csvExportsWhatIsShown()
    {
        PurchasesModel purchases;
        purchases.setProfiles(profiles());
        const QString csv = TableCsv::toCsv(purchases);
        const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith(QStringLiteral("Date,Platform,Order")));
        QVERIFY(lines[2].contains(QStringLiteral("\"管理学, 二十讲\""))); // quoted: it has a comma
        QTemporaryDir dir;
        QString error;
        QVERIFY(TableCsv::write(purchases, dir.filePath(QStringLiteral("p.csv")), &error));
        QFile f(dir.filePath(QStringLiteral("p.csv")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("\xEF\xBB\xBF" "Date"));
        QVERIFY(!TableCsv::write(purchases, dir.filePath(QStringLiteral("missing/dir/p.csv")), &error));
        QVERIFY(error.contains(QStringLiteral("missing")));
    }
};

QTEST_GUILESS_MAIN(TestUsersModels)
#include "tst_usersmodels.moc"
