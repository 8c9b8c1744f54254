#include "migration/itemmatcher.h"

#include <QTest>

class TestItemMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void match_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QString>("expected"); // empty: no match
        QTest::newRow("same") << "1" << QStringLiteral("管理学入门") << QStringLiteral("李明") << "x1";
        QTest::newRow("spaces and full-width") << "1" << QStringLiteral(" 管理学　入门 ") << QStringLiteral("李明") << "x2";
        QTest::newRow("case") << "1" << "Deep Work" << "CAL NEWPORT" << "x3";
        QTest::newRow("other author") << "1" << QStringLiteral("管理学入门") << QStringLiteral("王芳") << "";
        QTest::newRow("ambiguous") << "1" << QStringLiteral("宋词") << QStringLiteral("张三") << "";
        QTest::newRow("explicit map wins") << "42" << QStringLiteral("管理学入门") << QStringLiteral("李明") << "x9";
    }
    void match()
    {
        QFETCH(QString, key);
        QFETCH(QString, title);
        QFETCH(QString, author);
        QFETCH(QString, expected);
        PlanItems items;
        items.map.insert(QStringLiteral("42"), QStringLiteral("x9"));
        ItemMatcher m(items);
        m.addTargetItem({{"item_key", "x1"}, {"title", QStringLiteral("管理学入门")}, {"author", QStringLiteral("李明")}});
        m.addTargetItem({{"item_key", "x2"}, {"title", QStringLiteral("管理学 入门")}, {"author", QStringLiteral("李明")}});
        m.addTargetItem({{"item_key", "x3"}, {"title", "deep  work"}, {"author", "Cal Newport"}});
        m.addTargetItem({{"item_key", "x4"}, {"title", QStringLiteral("宋词")}, {"author", QStringLiteral("张三")}});
        m.addTargetItem({{"item_key", "x5"}, {"title", QStringLiteral("宋词")}, {"author", QStringLiteral("张三")}});
        const auto found = m.match({{"item_key", key}, {"title", title}, {"author", author}});
        QCOMPARE(found.value_or(QString()), expected);
        QCOMPARE(m.ambiguous({{"item_key", key}, {"title", title}, {"author", author}}), QTest::currentDataTag() == QByteArray("ambiguous"));
    }

    void ruleNone()
    {
        PlanItems items;
        items.match = ItemMatchRule::None;
        ItemMatcher m(items);
        m.addTargetItem({{"item_key", "x1"}, {"title", "A"}, {"author", "B"}});
        QVERIFY(!m.match({{"item_key", "1"}, {"title", "A"}, {"author", "B"}}).has_value());
    }
};

QTEST_GUILESS_MAIN(TestItemMatcher)
#include "tst_itemmatcher.moc"
