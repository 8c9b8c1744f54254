// ProfileStore: profiles survive a round trip through the settings file, names are unique, and
// no password ever reaches the file, even when saved through ConnectionManager.
#include "db/connectionmanager.h"
#include "db/passwordstore.h"
#include "db/profilestore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_ini = m_dir->filePath(QStringLiteral("settings.ini"));
        qputenv("ZHIQIAO_SETTINGS", m_ini.toUtf8());
        qputenv("ZHIQIAO_NO_KEYCHAIN", "1");
        qunsetenv("ZHIQIAO_PASSWORD");
    }

    void roundTrip()
    {
        ProfileStore store;
        ConnectionProfile p = sample(QStringLiteral("得到 production"));
        p.sslMode = QStringLiteral("verify-full");
        p.sslRootCert = QStringLiteral("/etc/ssl/zhiqiao ca's.pem");
        p.environment = QStringLiteral("production");
        auto added = store.add(p);
        QVERIFY2(added.ok(), qPrintable(added.error().message));
        QVERIFY(!added->id.isEmpty());

        const auto read = ProfileStore().profile(added->id);
        QVERIFY(read.has_value());
        QCOMPARE(read->name, p.name);
        QCOMPARE(read->host, p.host);
        QCOMPARE(read->port, p.port);
        QCOMPARE(read->database, p.database);
        QCOMPARE(read->user, p.user);
        QCOMPARE(read->sslMode, p.sslMode);
        QCOMPARE(read->sslRootCert, p.sslRootCert);
        QCOMPARE(read->adapterPath, p.adapterPath);
        QCOMPARE(read->environment, p.environment);

        ConnectionProfile changed = *read;
        changed.port = 6543;
        QVERIFY(store.update(changed).ok());
        QCOMPARE(store.profile(added->id)->port, 6543);
        QCOMPARE(store.profileByName(QStringLiteral("得到 PRODUCTION"))->id, added->id);

        QVERIFY(store.remove(added->id));
        QVERIFY(!store.profile(added->id).has_value());
        QVERIFY(!store.remove(added->id));
    }

    void uniqueNames()
    {
        ProfileStore store;
        auto first = store.add(sample(QStringLiteral("Dedao")));
        QVERIFY(first.ok());
        auto clash = store.add(sample(QStringLiteral(" dedao ")));
        QVERIFY(!clash.ok());
        QVERIFY(clash.error().message.contains(QStringLiteral("already called")));
        QCOMPARE(store.profiles().size(), 1);
        // A profile may keep its own name when edited.
        QVERIFY(store.update(*first).ok());
        auto second = store.add(sample(QStringLiteral("Ximalaya")));
        QVERIFY(second.ok());
        ConnectionProfile renamed = *second;
        renamed.name = QStringLiteral("DEDAO");
        QVERIFY(!store.update(renamed).ok());
        QCOMPARE(store.profiles().first().name, QStringLiteral("Dedao")); // sorted by name
    }

    void problems_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no name") << "name" << "" << "Enter a name for the connection.";
        QTest::newRow("no host") << "host" << " " << "Enter the server's host name or address.";
        QTest::newRow("no database") << "database" << "" << "Enter the database name.";
        QTest::newRow("no user") << "user" << "" << "Enter the database user.";
        QTest::newRow("bad sslmode") << "sslMode" << "sometimes" << "Choose an SSL mode.";
        QTest::newRow("verify-full without CA") << "sslMode" << "verify-full"
            << "SSL mode verify-full needs the CA certificate file that signed the server's certificate.";
        QTest::newRow("no adapter") << "adapterPath" << ""
            << "Choose the adapter file that describes this platform's database.";
    }

    void problems()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        ConnectionProfile p = sample(QStringLiteral("Valid"));
        QVERIFY(ProfileStore().problems(p).isEmpty());
        if (field == QLatin1String("name")) p.name = value;
        if (field == QLatin1String("host")) p.host = value;
        if (field == QLatin1String("database")) p.database = value;
        if (field == QLatin1String("user")) p.user = value;
        if (field == QLatin1String("sslMode")) p.sslMode = value;
        if (field == QLatin1String("adapterPath")) p.adapterPath = value;
        QCOMPARE(ProfileStore().problems(p), QStringList{expected});
        QVERIFY(!ProfileStore().add(p).ok());
    }

    void noPasswordInSettingsFile()
    {
        ConnectionManager manager;
        QVERIFY(!manager.passwordStore()->keychainAvailable());
        QSignalSpy changed(&manager, &ConnectionManager::profilesChanged);
        const QString secret = QStringLiteral("s3cret-知桥-pw");
        auto saved = manager.saveProfile(sample(QStringLiteral("Dedao")), secret, true);
        QVERIFY(saved.ok());
        QCOMPARE(changed.size(), 1);
        // Kept for the session only.
        QCOMPARE(manager.passwordStore()->sessionPassword(saved->id).value_or(QString()), secret);

        QFile file(m_ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ini = file.readAll();
        QVERIFY(!ini.isEmpty());
        QVERIFY(!ini.contains("s3cret"));
        QVERIFY(!ini.toLower().contains("password"));
    }

    void autoConnectRemembered()
    {
        ProfileStore store;
        auto a = store.add(sample(QStringLiteral("A")));
        auto b = store.add(sample(QStringLiteral("B")));
        store.setAutoConnect(a->id, true);
        store.setAutoConnect(b->id, true);
        store.setAutoConnect(a->id, true);
        QCOMPARE(store.autoConnectIds(), (QStringList{a->id, b->id}));
        store.remove(b->id);
        QCOMPARE(store.autoConnectIds(), QStringList{a->id});
        store.setAutoConnect(a->id, false);
        QVERIFY(store.autoConnectIds().isEmpty());
    }

private:
    static ConnectionProfile sample(const QString &name)
    {
        ConnectionProfile p;
        p.name = name;
        p.host = QStringLiteral("db.example.cn");
        p.port = 5433;
        p.database = QStringLiteral("platform");
        p.user = QStringLiteral("ops");
        p.adapterPath = QStringLiteral(":/adapters/dedao.json");
        return p;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ini;
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
