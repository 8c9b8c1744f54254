// The Platforms page end to end, offscreen: add a connection through the dialog, test it (a
// failure first, shown in plain words with details behind a button, then success), save it,
// connect it and see "Connected" in the table. Also: the password prompt when the server asks.
#include "common/errorbannerwidget.h"
#include "connections/connectiondialog.h"
#include "connections/connectionspage.h"
#include "connections/platformfigureswidget.h"
#include "connections/passworddialog.h"
#include "db/connectionmanager.h"
#include "testdatabase.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <pqxx/nontransaction>

namespace {
const char *kRole = "zq_page_login";
const char *kRolePassword = "page-pw-2024";

template <class T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

void setText(QWidget *parent, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(parent, name);
    QVERIFY2(edit, name);
    edit->clear();
    bool latin1 = true;
    for (QChar c : text)
        latin1 = latin1 && c.unicode() < 0x80;
    if (latin1)
        QTest::keyClicks(edit, text); // typed like a person would
    else
        edit->setText(text); // QTest::keyClicks only types Latin-1

}
} // namespace

class TestConnectionsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("ZHIQIAO_SETTINGS", m_dir.filePath(QStringLiteral("settings.ini")).toUtf8());
        qputenv("ZHIQIAO_NO_KEYCHAIN", "1");
        qunsetenv("ZHIQIAO_PASSWORD");
        m_db = std::make_unique<TestDatabase>(QStringLiteral("connectionspage"));
        QVERIFY(m_db->isReady());
        QVERIFY(m_db->createDemoSchema(QStringLiteral("dedao")));
        QVERIFY(m_db->exec("INSERT INTO dedao.users (nickname, email, mobile, reg_time, reg_channel) VALUES"
                           " ('张伟', 'zw@example.com', '+86 138 0013 8000', 1700000000, 'pc'),"
                           " ('李娜', NULL, NULL, 1700000100, 'ios'), ('王芳', NULL, NULL, 1700000200, 'h5')"));
        QVERIFY(m_db->createReadOnlyRole(kRole, kRolePassword, "dedao"));
    }

    void addTestSaveConnect()
    {
        ConnectionManager manager;
        ConnectionsPage page(&manager);
        page.resize(980, 560);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        page.findChild<QAction *>(QStringLiteral("addAction"))->trigger();
        ConnectionDialog *dialog = page.openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QPushButton *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!save->isEnabled()); // no name, database or user yet

        const ConnectionProfile target = m_db->profile();
        setText(dialog, "nameEdit", QStringLiteral("得到 Dedao (test)"));
        setText(dialog, "hostEdit", target.host);
        child<QSpinBox>(dialog, "portSpin")->setValue(target.port);
        setText(dialog, "databaseEdit", QStringLiteral("zq_no_such_database"));
        setText(dialog, "userEdit", target.user);
        auto *ssl = child<QComboBox>(dialog, "sslModeCombo");
        ssl->setCurrentIndex(ssl->findText(QStringLiteral("disable")));
        auto *adapter = child<QComboBox>(dialog, "adapterCombo");
        adapter->setCurrentIndex(adapter->findData(QStringLiteral(":/adapters/dedao.json")));
        QVERIFY(save->isEnabled());

        // A failing test says why in plain words, with the server's text behind "Details…".
        QSignalSpy tested(dialog, &ConnectionDialog::testFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "testButton"), Qt::LeftButton);
        QVERIFY(tested.wait(20000));
        auto *result = child<ErrorBannerWidget>(dialog, "testResult");
        QCOMPARE(result->text(), QStringLiteral("This database does not exist on the server."));
        QVERIFY(child<QPushButton>(result, "detailsButton")->isVisible());
        QVERIFY(result->error().serverText.contains(QStringLiteral("zq_no_such_database")));

        setText(dialog, "databaseEdit", target.database);
        QTest::mouseClick(child<QPushButton>(dialog, "testButton"), Qt::LeftButton);
        QVERIFY(tested.wait(20000));
        QVERIFY2(tested.last().first().value<ConnectionTestResult>().ok(), qPrintable(result->text()));
        QVERIFY2(result->text().startsWith(QStringLiteral("Connection works")), qPrintable(result->text()));
        QVERIFY(dialog->grab().save(QStringLiteral("/tmp/zq-connection-dialog.png")));

        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!page.openDialog());
        QCOMPARE(manager.profiles().size(), 1);
        const QString id = manager.profiles().first().id;
        QCOMPARE(page.currentId(), id);

        auto *table = page.findChild<QTableWidget *>(QStringLiteral("connectionsTable"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, ConnectionsPage::StateColumn)->text(), QStringLiteral("Not connected"));
        page.findChild<QAction *>(QStringLiteral("connectAction"))->trigger();
        QCOMPARE(table->item(0, ConnectionsPage::StateColumn)->text(), QStringLiteral("Connecting…"));
        QTRY_COMPARE_WITH_TIMEOUT(manager.state(id), ConnectionManager::State::Connected, 20000);
        QCOMPARE(table->item(0, ConnectionsPage::StateColumn)->text(), QStringLiteral("Connected"));
        QCOMPARE(page.findChild<QAction *>(QStringLiteral("connectAction"))->text(), QStringLiteral("Dis&connect"));
        // The platform's figures are counted in the background once it is connected.
        auto *figures = page.findChild<PlatformFiguresWidget *>(QStringLiteral("platformFigures"));
        QVERIFY(figures);
        QTRY_COMPARE_WITH_TIMEOUT(figures->figureText(QStringLiteral("user")), QStringLiteral("3"), 20000);
        QCOMPARE(figures->figureText(QStringLiteral("order")), QStringLiteral("0"));

        // A second platform that fails, so the screenshot shows both states.
        ConnectionProfile down = target;
        down.id.clear();
        down.name = QStringLiteral("喜马拉雅 Ximalaya (staging)");
        down.environment = QStringLiteral("staging");
        down.port = 1;
        down.adapterPath = QStringLiteral(":/adapters/ximalaya.json");
        auto savedDown = manager.saveProfile(down);
        QVERIFY(savedDown.ok());
        manager.connectProfile(savedDown->id);
        QTRY_COMPARE_WITH_TIMEOUT(manager.state(savedDown->id), ConnectionManager::State::Failed, 20000);
        QCOMPARE(manager.lastError(savedDown->id).kind, DbError::Kind::HostUnreachable);
        page.selectProfile(savedDown->id);
        auto *banner = page.findChild<ErrorBannerWidget *>(QStringLiteral("detailsBanner"));
        QCOMPARE(banner->text(), manager.lastError(savedDown->id).message);
        QVERIFY(page.grab().save(QStringLiteral("/tmp/zq-connections-page.png")));

        // Connected at exit: reconnected at the next start.
        QVERIFY(manager.profileStore().autoConnectIds().contains(id));
        manager.disconnectProfile(savedDown->id);
        QVERIFY(!manager.profileStore().autoConnectIds().contains(savedDown->id));
    }

    void asksForPasswordOncePerSession()
    {
        // No pgpass entry for this role: the server asks, the page asks the person.
        const QByteArray pgpass = qgetenv("PGPASSFILE");
        qputenv("PGPASSFILE", m_dir.filePath(QStringLiteral("no-pgpass")).toUtf8());
        ConnectionManager manager;
        ConnectionsPage page(&manager);
        page.show();
        ConnectionProfile p = m_db->profile();
        p.id.clear();
        p.name = QStringLiteral("Needs a password");
        p.user = QString::fromLatin1(kRole);
        p.adapterPath = QStringLiteral(":/adapters/dedao.json");
        auto saved = manager.saveProfile(p);
        QVERIFY(saved.ok());

        QSignalSpy needed(&manager, &ConnectionManager::passwordNeeded);
        manager.connectProfile(saved->id);
        QTRY_VERIFY_WITH_TIMEOUT(!needed.isEmpty(), 20000);
        PasswordDialog *ask = nullptr;
        QTRY_VERIFY((ask = page.findChild<PasswordDialog *>()) != nullptr);
        QVERIFY(!child<QWidget>(ask, "rememberCheck")->isEnabled()); // no keychain here
        QTest::keyClicks(child<QLineEdit>(ask, "passwordEdit"), QString::fromLatin1(kRolePassword));
        ask->accept();
        QTRY_COMPARE_WITH_TIMEOUT(manager.state(saved->id), ConnectionManager::State::Connected, 20000);

        // Asked once: disconnecting and connecting again uses the session's password.
        manager.disconnectProfile(saved->id);
        manager.connectProfile(saved->id);
        QTRY_COMPARE_WITH_TIMEOUT(manager.state(saved->id), ConnectionManager::State::Connected, 20000);
        QCOMPARE(needed.size(), 1);
        QCOMPARE(manager.credentials(saved->id)->password, QString::fromLatin1(kRolePassword));
        qputenv("PGPASSFILE", pgpass);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_db;
};

QTEST_MAIN(TestConnectionsPage)
#include "tst_connectionspage.moc"
