#include "mainwindow.h"

#include "common/connectionstatuswidget.h"
#include "common/languagemanager.h"
#include "common/placeholderpage.h"
#include "db/connectionmanager.h"

#include <QAbstractItemView>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTableWidget>
#include <QAction>
#include <QTemporaryDir>
#include <QTest>

// The shell: navigation, shortcuts, placeholder areas without data, runtime language switch,
// remembered layout.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("ZHIQIAO_SETTINGS", m_dir.filePath(QStringLiteral("settings.ini")).toUtf8());
        qputenv("ZHIQIAO_NO_KEYCHAIN", "1");
    }

    void navigationAndShortcuts()
    {
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        ConnectionManager connections;
        MainWindow window(&connections, &languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(nav);
        QCOMPARE(nav->count(), int(MainWindow::PageCount));
        const QStringList expected = {QStringLiteral("Platforms"), QStringLiteral("Users"), QStringLiteral("Migrations"),
                                      QStringLiteral("Recommendations"), QStringLiteral("Sharing"), QStringLiteral("Audit")};
        for (int i = 0; i < nav->count(); ++i) {
            QCOMPARE(nav->item(i)->text(), expected[i]);
            // SVG icons render (the Qt SVG plugin is installed).
            QVERIFY2(!nav->item(i)->icon().pixmap(20, 20).isNull(), qPrintable(expected[i]));
        }

        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::MigrationsPage);
        // The highlighted row shows the white variant of its icon, the others the outline one.
        const auto image = [](const QIcon &icon) { return icon.pixmap(20, 20).toImage(); };
        QCOMPARE(image(nav->item(2)->icon()), image(QIcon(QStringLiteral(":/icons/migrations-selected.svg"))));
        QCOMPARE(image(nav->item(1)->icon()), image(QIcon(QStringLiteral(":/icons/users.svg"))));
        QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::AuditPage);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::PlatformsPage);

        // Areas not built yet show what will come and no data at all.
        const auto placeholders = window.findChildren<PlaceholderPage *>();
        QCOMPARE(placeholders.size(), 3);
        for (PlaceholderPage *page : placeholders)
            QVERIFY(page->findChildren<QAbstractItemView *>().isEmpty());

        // The status bar says there are no connections yet.
        QVERIFY(window.findChild<ConnectionStatusWidget *>());
    }

    void languageSwitchesAtRuntime()
    {
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        ConnectionManager connections;
        MainWindow window(&connections, &languages);
        window.show();
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(nav->item(0)->text(), QStringLiteral("Platforms"));

        QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
        QTRY_COMPARE(nav->item(0)->text(), QStringLiteral("平台"));
        QCOMPARE(nav->item(2)->text(), QStringLiteral("迁移"));
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
        // The Platforms page follows too.
        auto *table = window.findChild<QTableWidget *>(QStringLiteral("connectionsTable"));
        QVERIFY(table);
        QCOMPARE(table->horizontalHeaderItem(0)->text(), QStringLiteral("名称"));
        auto *add = window.findChild<QAction *>(QStringLiteral("addAction"));
        QVERIFY(add);
        QCOMPARE(add->text(), QStringLiteral("添加(&A)…"));

        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(nav->item(0)->text(), QStringLiteral("Platforms"));
    }

    void layoutIsRemembered()
    {
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        ConnectionManager connections;
        {
            MainWindow window(&connections, &languages);
            window.show();
            window.resize(1000, 640);
            window.showPage(MainWindow::RecommendationsPage);
            window.close();
        }
        MainWindow again(&connections, &languages);
        again.show();
        QCOMPARE(again.currentPage(), MainWindow::RecommendationsPage);
        QCOMPARE(again.size(), QSize(1000, 640));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
