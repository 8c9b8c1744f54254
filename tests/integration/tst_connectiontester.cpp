// ConnectionTester against the real sandbox: each way a connection can fail is classified and
// said in plain words, and a database with the demo schema passes with the built-in adapter.
#include "db/connectiontester.h"
#include "db/pgconnection.h"
#include "testdatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <pqxx/nontransaction>

namespace {
const char *kRole = "zq_tester_login";
const char *kRolePassword = "right-Pässword-1";
} // namespace

class TestConnectionTester : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>(QStringLiteral("connectiontester"));
        QVERIFY(m_db->isReady());
        QVERIFY(m_db->createDemoSchema(QStringLiteral("dedao")));
        QVERIFY(m_db->createReadOnlyRole(kRole, kRolePassword, "dedao"));

        QVERIFY(m_dir.isValid());
        QFile adapter(QStringLiteral(":/adapters/dedao.json"));
        QVERIFY(adapter.open(QIODevice::ReadOnly));
        QByteArray json = adapter.readAll();
        QVERIFY(json.contains("\"table\": \"courses\""));
        json.replace("\"table\": \"courses\"", "\"table\": \"no_such_table\"");
        QFile broken(m_dir.filePath(QStringLiteral("mismatch.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(json);
    }

    void failures_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("password");
        QTest::addColumn<DbError::Kind>("kind");
        QTest::addColumn<QString>("message");

        QTest::newRow("wrong password") << "user" << kRole << "wrong" << DbError::Kind::WrongPassword
            << "The server rejected the user name or password.";
        // With password authentication PostgreSQL answers an unknown role like a wrong password.
        QTest::newRow("unknown user") << "user" << "zq_no_such_role" << "whatever" << DbError::Kind::WrongPassword
            << "The server rejected the user name or password.";
        QTest::newRow("no password known") << "user" << kRole << "" << DbError::Kind::WrongPassword
            << "The server needs a password for this user, and none is known.";
        QTest::newRow("unknown database") << "database" << "zq_no_such_database" << "" << DbError::Kind::UnknownDatabase
            << "This database does not exist on the server.";
        QTest::newRow("host unreachable") << "port" << "1" << "" << DbError::Kind::HostUnreachable
            << "The server could not be reached. Check the host name, the port and that the server is running.";
        QTest::newRow("unknown host") << "host" << "no-such-host.invalid" << "" << DbError::Kind::HostUnreachable
            << "The server could not be reached. Check the host name, the port and that the server is running.";
        QTest::newRow("TLS required, server has none") << "sslMode" << "require" << "" << DbError::Kind::Tls
            << "A secure (TLS) connection could not be established: the server's certificate or SSL settings do not match.";
        QTest::newRow("verify-full, CA file missing") << "sslMode" << "verify-full" << "" << DbError::Kind::Tls
            << "A secure (TLS) connection could not be established: the server's certificate or SSL settings do not match.";
        QTest::newRow("adapter mismatch") << "adapterPath" << "mismatch.json" << "" << DbError::Kind::AdapterMismatch
            << "The adapter file does not match this database: it names tables or columns the database does not have.";
        QTest::newRow("adapter missing") << "adapterPath" << "no-such-adapter.json" << "" << DbError::Kind::AdapterInvalid
            << "The adapter file cannot be used: it is missing or not a valid Zhiqiao adapter.";
    }

    void failures()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, password);
        QFETCH(DbError::Kind, kind);
        QFETCH(QString, message);

        ConnectionProfile p = goodProfile();
        if (field == QLatin1String("user")) {
            p.user = value;
            // Keep libpq's pgpass (which holds the sandbox owner's password) out of the way.
            qputenv("PGPASSFILE", m_dir.filePath(QStringLiteral("no-pgpass")).toUtf8());
        }
        if (field == QLatin1String("database")) p.database = value;
        if (field == QLatin1String("port")) p.port = value.toInt();
        if (field == QLatin1String("host")) p.host = value;
        if (field == QLatin1String("sslMode")) {
            p.sslMode = value;
            if (value == QLatin1String("verify-full"))
                p.sslRootCert = m_dir.filePath(QStringLiteral("missing-ca.pem"));
        }
        if (field == QLatin1String("adapterPath")) p.adapterPath = m_dir.filePath(value);

        const ConnectionTestResult r = ConnectionTester::run(p, password);
        qputenv("PGPASSFILE", m_pgpass);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.kind == kind, qPrintable(QStringLiteral("got %1: %2").arg(r.error.kindName(), r.error.serverText)));
        QCOMPARE(r.error.message, message);
        QVERIFY2(!r.error.serverText.isEmpty(), "the server's own text is kept for the Details button");
        if (kind == DbError::Kind::AdapterMismatch) {
            QVERIFY(r.error.serverText.contains(QStringLiteral("no_such_table")));
            QVERIFY(!r.adapterProblems.isEmpty());
            QVERIFY(!r.serverVersion.isEmpty()); // the server answered; only the adapter failed
        }
    }

    void rightPasswordForOtherRole()
    {
        ConnectionProfile p = goodProfile();
        p.user = QString::fromLatin1(kRole);
        const ConnectionTestResult r = ConnectionTester::run(p, QString::fromUtf8(kRolePassword));
        QVERIFY2(r.ok(), qPrintable(r.error.message + QLatin1Char('\n') + r.error.serverText));
    }

    void success()
    {
        QFuture<ConnectionTestResult> future = ConnectionTester::start(goodProfile(), QString());
        future.waitForFinished(); // a test thread may wait; the GUI never does
        const ConnectionTestResult r = future.result();
        QVERIFY2(r.ok(), qPrintable(r.error.message + QLatin1Char('\n') + r.error.serverText));
        QVERIFY(r.serverVersion.startsWith(QStringLiteral("15")) || !r.serverVersion.isEmpty());
        QVERIFY(!r.tls);
        QCOMPARE(r.adapterName, QStringLiteral("dedao"));
        QVERIFY(r.adapterProblems.isEmpty());
    }

private:
    ConnectionProfile goodProfile() const
    {
        ConnectionProfile p = m_db->profile(QStringLiteral("tester"));
        p.adapterPath = QStringLiteral(":/adapters/dedao.json");
        return p;
    }

    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;
    QByteArray m_pgpass = qgetenv("PGPASSFILE");
};

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"
