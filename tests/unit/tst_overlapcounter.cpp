// OverlapCounter counts the same people as IdentityLinker: generated accounts over three
// platforms with shared, differently written, conflicting and over-shared identifiers.
#include "identity/identitylinker.h"
#include "identity/overlapcounter.h"

#include <QRandomGenerator>
#include <QTest>

class TestOverlapCounter : public QObject
{
    Q_OBJECT

private slots:
    void matchesIdentityLinker_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("accounts");
        for (quint32 seed : {1u, 2u, 3u, 4u})
            QTest::addRow("seed %u", seed) << seed << 600;
        QTest::addRow("over-shared") << 9u << 3000; // few identifiers: many exceed kMaxHolders
    }

    void matchesIdentityLinker()
    {
        QFETCH(quint32, seed);
        QFETCH(int, accounts);
        QRandomGenerator rng(seed);
        const QStringList platforms{QStringLiteral("dedao"), QStringLiteral("ximalaya"), QStringLiteral("third")};
        IdentityLinker linker;
        OverlapCounter counter;
        for (const QString &p : platforms)
            counter.addPlatform(p);
        const int pool = accounts / 3;
        for (int i = 0; i < accounts; ++i) {
            const int platform = int(rng.bounded(3));
            const int e = int(rng.bounded(pool)), ph = int(rng.bounded(pool));
            // Written differently on each platform; some blank, some invalid.
            QString email = rng.bounded(5) == 0 ? QString() : QStringLiteral("User%1@Example.COM").arg(e);
            if (platform == 1)
                email = QLatin1Char(' ') + email.toLower();
            if (rng.bounded(20) == 0)
                email = QStringLiteral("not-an-email");
            QString phone = rng.bounded(4) == 0 ? QString() : QStringLiteral("1380013%1").arg(ph, 4, 10, QLatin1Char('0'));
            if (platform == 0 && !phone.isEmpty())
                phone = QStringLiteral("+86 ") + phone.left(3) + QLatin1Char(' ') + phone.mid(3, 4) + QLatin1Char(' ') + phone.mid(7);
            linker.add({platforms[platform], QString::number(i), email, phone});
            counter.add(OverlapCounter::identify(platform, email, phone));
        }
        for (int a = 0; a < platforms.size(); ++a) {
            const OverlapCounter::Counts c = counter.count(a);
            for (int b = 0; b < platforms.size(); ++b) {
                if (a != b)
                    QCOMPARE(c.shared[b], qlonglong(linker.overlap(platforms[a], platforms[b])));
            }
            qlonglong people = 0;
            for (const IdentityLinker::Group &g : linker.groups(true))
                people += g.platforms.contains(platforms[a]) ? 1 : 0;
            QCOMPARE(c.people, people);
            QCOMPARE(c.peopleOn[a], people);
        }
    }

    void conflictIsNotLinked()
    {
        OverlapCounter counter;
        counter.addPlatform(QStringLiteral("a"));
        counter.addPlatform(QStringLiteral("b"));
        // One phone, two different e-mails: two people until someone decides.
        counter.add(OverlapCounter::identify(0, QStringLiteral("x@example.com"), QStringLiteral("13800138000")));
        counter.add(OverlapCounter::identify(1, QStringLiteral("y@example.com"), QStringLiteral("+86 138 0013 8000")));
        QCOMPARE(counter.count(0).shared[1], 0);
        counter.add(OverlapCounter::identify(1, QStringLiteral("X@Example.com"), QString()));
        QCOMPARE(counter.count(0).shared[1], 1);
    }
};

QTEST_GUILESS_MAIN(TestOverlapCounter)
#include "tst_overlapcounter.moc"
