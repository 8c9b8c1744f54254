// Backups against the real PostgreSQL sandbox: demo tables backed up from one database and
// restored into a second, empty one reproduce every record (per-row SHA-256 and counts); keyed
// scopes select only their rows; restoring only missing keys puts deleted rows back and notices
// changed ones; a tampered or truncated file refuses to restore and writes nothing.
#include "backup/backupcontentwriter.h"
#include "backup/backupcrypto.h"
#include "backup/backupdumper.h"
#include "backup/backuprestorer.h"
#include "backup/backupverifier.h"
#include "backup/backupwriter.h"
#include "db/pgsession.h"
#include "demo/demogenerator.h"
#include "testdatabase.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {
const QStringList kTables = {QStringLiteral("dedao.users"),       QStringLiteral("dedao.orders"),
                             QStringLiteral("dedao.user_actions"), QStringLiteral("ximalaya.account"),
                             QStringLiteral("ximalaya.category"),  QStringLiteral("ximalaya.behavior_log")};

BackupScope scopeOf(const QString &qualified)
{
    BackupScope scope;
    scope.schema = qualified.section(QLatin1Char('.'), 0, 0);
    scope.table = qualified.section(QLatin1Char('.'), 1);
    return scope;
}

std::unique_ptr<PgSession> session(const TestDatabase &db)
{
    auto s = PgSession::open(db.conninfo());
    if (!s) {
        QTest::qFail(qPrintable(s.error().message + QLatin1Char(' ') + s.error().serverText), __FILE__, __LINE__);
        return nullptr;
    }
    return std::move(*s);
}

qint64 scalar(PgSession &s, const std::string &sql)
{
    auto rows = s.execParams(sql);
    return rows && !rows->empty() ? QByteArray::fromStdString(rows->rows[0][0].value_or("-1")).toLongLong() : -1;
}

// Sorted per-row hashes of a whole table, rendered as the backup renders rows.
std::vector<QByteArray> rowHashes(PgSession &s, const QString &qualified)
{
    std::vector<QByteArray> out;
    if (BackupDumper::fixOutputSettings(s).isError())
        return out;
    auto table = BackupDumper::describe(s, qualified.section(QLatin1Char('.'), 0, 0), qualified.section(QLatin1Char('.'), 1));
    if (!table)
        return out;
    auto read = BackupDumper::copyRows(s, *table, {}, [&](QByteArrayView line) {
        out.push_back(BackupCrypto::sha256(line.chopped(1)));
        return DbError();
    });
    std::sort(out.begin(), out.end());
    return out;
}
} // namespace

class TestBackupRestore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void backupVerifies();
    void restoreIntoEmptyDatabase();
    void restoreRefusesTablesWithRows();
    void insertMissingPutsDeletedRowsBack();
    void insertMissingNoticesChangedRows();
    void keyedScopeSelectsItsRows();
    void damagedFileWritesNothing_data();
    void damagedFileWritesNothing();
    void commandLine();
    void insertMissingIntoTheSourceAdvancesSequences();
    void cancelWritesNothing();

private:
    DbError writeBackup(const TestDatabase &db, const QList<BackupScope> &scopes, const QString &path);

    std::unique_ptr<TestDatabase> m_source;
    std::unique_ptr<TestDatabase> m_target;
    QTemporaryDir m_dir;
    QString m_keyFile;
    QString m_backup;
};

DbError TestBackupRestore::writeBackup(const TestDatabase &db, const QList<BackupScope> &scopes, const QString &path)
{
    auto s = PgSession::open(db.conninfo());
    if (!s)
        return s.error();
    BackupWriter writer;
    BackupHeader header;
    header.runId = QStringLiteral("test-run");
    if (DbError e = writer.open(path, BackupSecret::fromKeyFile(m_keyFile), header); e.isError())
        return e;
    BackupContentWriter content(writer);
    BackupDumper dumper(**s, content);
    for (const BackupScope &scope : scopes) {
        auto rows = dumper.dump(scope);
        if (!rows)
            return rows.error();
    }
    return content.finish();
}

void TestBackupRestore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_source = std::make_unique<TestDatabase>(QStringLiteral("backup_source"));
    QVERIFY(m_source->isReady());
    QVERIFY(m_source->createDemoSchema(QStringLiteral("dedao")));
    QVERIFY(m_source->createDemoSchema(QStringLiteral("ximalaya")));
    DemoSeedOptions options;
    options.users = 300;
    options.seed = 3;
    options.conninfo = m_source->conninfo();
    auto seeded = DemoGenerator(options).seed();
    QVERIFY2(seeded.ok(), qPrintable(seeded.error().message + QLatin1Char(' ') + seeded.error().serverText));
    m_target = std::make_unique<TestDatabase>(QStringLiteral("backup_target"));
    QVERIFY(m_target->isReady());

    m_keyFile = m_dir.filePath(QStringLiteral("test.key"));
    QVERIFY(!BackupKey::createKeyFile(m_keyFile).isError());
    m_backup = m_dir.filePath(QStringLiteral("demo.zqbk"));
    QList<BackupScope> scopes;
    for (const QString &t : kTables)
        scopes.append(scopeOf(t));
    const DbError written = writeBackup(*m_source, scopes, m_backup);
    QVERIFY2(!written.isError(), qPrintable(written.message + QLatin1Char(' ') + written.serverText));
}

void TestBackupRestore::backupVerifies()
{
    auto summary = BackupVerifier::verify(m_backup, BackupSecret::fromKeyFile(m_keyFile));
    QVERIFY2(summary.ok(), qPrintable(summary.error().message));
    QCOMPARE(summary->tableRows.size(), std::size_t(kTables.size()));
    QCOMPARE(summary->header.runId, QStringLiteral("test-run"));
    auto src = session(*m_source);
    QVERIFY(src);
    for (std::size_t i = 0; i < summary->tableRows.size(); ++i) {
        QCOMPARE(summary->tableRows[i].first, kTables.at(qsizetype(i)));
        QCOMPARE(summary->tableRows[i].second, scalar(*src, "SELECT count(*) FROM " + kTables.at(qsizetype(i)).toStdString()));
    }
    QVERIFY(summary->totalRows > 3000); // several chunks' worth
    QVERIFY(summary->chunks > 3);
}

void TestBackupRestore::restoreIntoEmptyDatabase()
{
    auto dst = session(*m_target);
    QVERIFY(dst);
    auto report = BackupRestorer(*dst).restore(m_backup, BackupSecret::fromKeyFile(m_keyFile), BackupRestorer::Mode::IntoEmpty);
    QVERIFY2(report.ok(), qPrintable(report.error().message + QLatin1Char(' ') + report.error().serverText + QLatin1Char(' ') + report.error().detail));
    QVERIFY(report->committed);
    QCOMPARE(report->mismatches(), 0);
    QCOMPARE(report->tables.size(), std::size_t(kTables.size()));

    // Independently of the restorer's own check: same rows, same per-row hashes, same counts.
    auto src = session(*m_source);
    QVERIFY(src);
    for (const BackupRestoreReport::Table &t : report->tables) {
        QVERIFY(t.created);
        QCOMPARE(t.restored, t.inBackup);
        QCOMPARE(scalar(*dst, "SELECT count(*) FROM " + t.name.toStdString()), t.inBackup);
        const auto before = rowHashes(*src, t.name);
        QVERIFY(!before.empty());
        QVERIFY2(before == rowHashes(*dst, t.name), qPrintable(t.name));
    }
    // Primary keys came along.
    QCOMPARE(scalar(*dst, "SELECT count(*) FROM pg_index WHERE indisprimary AND indrelid = 'ximalaya.account'::regclass"), 1);
}

void TestBackupRestore::restoreRefusesTablesWithRows()
{
    auto dst = session(*m_target);
    QVERIFY(dst);
    const qint64 before = scalar(*dst, "SELECT count(*) FROM dedao.users");
    auto report = BackupRestorer(*dst).restore(m_backup, BackupSecret::fromKeyFile(m_keyFile), BackupRestorer::Mode::IntoEmpty);
    QVERIFY(!report.ok());
    QVERIFY2(report.error().message.contains(QLatin1String("already has rows")), qPrintable(report.error().message));
    QCOMPARE(scalar(*dst, "SELECT count(*) FROM dedao.users"), before);
}

void TestBackupRestore::insertMissingPutsDeletedRowsBack()
{
    auto dst = session(*m_target);
    QVERIFY(dst);
    const auto before = rowHashes(*dst, QStringLiteral("dedao.orders"));
    QVERIFY(dst->exec("DELETE FROM dedao.orders WHERE id IN (SELECT id FROM dedao.orders ORDER BY id LIMIT 17)").ok());
    auto report = BackupRestorer(*dst).restore(m_backup, BackupSecret::fromKeyFile(m_keyFile), BackupRestorer::Mode::InsertMissing);
    QVERIFY2(report.ok(), qPrintable(report.error().message + QLatin1Char(' ') + report.error().serverText));
    QVERIFY(report->committed);
    QCOMPARE(report->mismatches(), 0);
    for (const BackupRestoreReport::Table &t : report->tables) {
        QCOMPARE(t.restored, t.name == QLatin1String("dedao.orders") ? 17 : 0);
        QCOMPARE(t.alreadyPresent, t.inBackup - t.restored);
    }
    QVERIFY(before == rowHashes(*dst, QStringLiteral("dedao.orders")));
}

void TestBackupRestore::insertMissingNoticesChangedRows()
{
    auto dst = session(*m_target);
    QVERIFY(dst);
    QVERIFY(dst->exec("DELETE FROM dedao.users WHERE id = (SELECT min(id) FROM dedao.users)").ok());
    QVERIFY(dst->exec("UPDATE dedao.users SET nickname = nickname || '!' WHERE id = (SELECT max(id) FROM dedao.users)").ok());
    const qint64 users = scalar(*dst, "SELECT count(*) FROM dedao.users");
    auto report = BackupRestorer(*dst).restore(m_backup, BackupSecret::fromKeyFile(m_keyFile), BackupRestorer::Mode::InsertMissing);
    QVERIFY(report.ok());
    QCOMPARE(report->mismatches(), 1);
    QVERIFY(!report->committed); // nothing kept, not even the deleted row
    QCOMPARE(scalar(*dst, "SELECT count(*) FROM dedao.users"), users);
}

void TestBackupRestore::keyedScopeSelectsItsRows()
{
    BackupScope byKey = scopeOf(QStringLiteral("dedao.users"));
    byKey.keyColumn = QStringLiteral("id");
    byKey.keys = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("5"), QStringLiteral("999999")};
    BackupScope byCondition = scopeOf(QStringLiteral("dedao.orders"));
    byCondition.condition = QStringLiteral("\"user_id\" = $1 OR \"order_no\" = $2");
    byCondition.conditionParams = {QStringLiteral("3"), QStringLiteral("x'; DROP TABLE dedao.orders; --")};
    const QString path = m_dir.filePath(QStringLiteral("keyed.zqbk"));
    const DbError written = writeBackup(*m_source, {byKey, byCondition}, path);
    QVERIFY2(!written.isError(), qPrintable(written.message + QLatin1Char(' ') + written.serverText));
    auto summary = BackupVerifier::verify(path, BackupSecret::fromKeyFile(m_keyFile));
    QVERIFY(summary.ok());
    auto src = session(*m_source);
    QVERIFY(src);
    QCOMPARE(summary->tableRows.at(0).second, scalar(*src, "SELECT count(*) FROM dedao.users WHERE id IN (1, 2, 5)"));
    QCOMPARE(summary->tableRows.at(1).second, scalar(*src, "SELECT count(*) FROM dedao.orders WHERE user_id = 3"));
    QVERIFY(scalar(*src, "SELECT count(*) FROM dedao.orders") > 0);
}

void TestBackupRestore::damagedFileWritesNothing_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("flipped bit") << QStringLiteral("flip");
    QTest::newRow("truncated") << QStringLiteral("truncate");
    QTest::newRow("swapped chunks") << QStringLiteral("swap");
}

void TestBackupRestore::damagedFileWritesNothing()
{
    QFETCH(QString, damage);
    QFile in(m_backup);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray bytes = in.readAll();
    const qsizetype sealed = BackupHeader::kChunkSize + 16;
    const qsizetype last = bytes.size() - 5;
    if (damage == QLatin1String("flip"))
        bytes[last] = static_cast<char>(bytes[last] ^ 1); // the end record: only noticed at the very end
    else if (damage == QLatin1String("truncate"))
        bytes.chop(sealed / 2);
    else {
        const auto *p = reinterpret_cast<const uchar *>(bytes.constData()) + 6;
        const qsizetype h = 10 + ((qsizetype(p[0]) << 24) | (qsizetype(p[1]) << 16) | (qsizetype(p[2]) << 8) | p[3]) + 64;
        const QByteArray first = bytes.mid(h, sealed);
        bytes.replace(h, sealed, bytes.mid(h + sealed, sealed));
        bytes.replace(h + sealed, sealed, first);
    }
    const QString path = m_dir.filePath(QStringLiteral("damaged.zqbk"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(bytes);
    out.close();

    TestDatabase fresh(QStringLiteral("backup_damaged"));
    QVERIFY(fresh.isReady());
    auto s = session(fresh);
    QVERIFY(s);
    auto report = BackupRestorer(*s).restore(path, BackupSecret::fromKeyFile(m_keyFile), BackupRestorer::Mode::IntoEmpty);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, DbError::Kind::Io);
    QCOMPARE(scalar(*s, "SELECT count(*) FROM pg_namespace WHERE nspname IN ('dedao', 'ximalaya')"), 0);
}

void TestBackupRestore::commandLine()
{
    const QString cli = qEnvironmentVariable("ZQ_CLI");
    QVERIFY2(!cli.isEmpty(), "ZQ_CLI is set by CTest");
    auto run = [&](const QStringList &args, QByteArray *output = nullptr) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(cli, args);
        p.waitForFinished(60000);
        if (output)
            *output = p.readAll();
        return p.exitCode();
    };
    const QString key = m_dir.filePath(QStringLiteral("cli.key"));
    const QString file = m_dir.filePath(QStringLiteral("cli.zqbk"));
    QByteArray out;
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("keygen"), QStringLiteral("--out"), key}, &out), 0);
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--dsn"), QString::fromStdString(m_source->conninfo()),
                  QStringLiteral("--table"), QStringLiteral("dedao.courses"), QStringLiteral("--table"), QStringLiteral("ximalaya.album"),
                  QStringLiteral("--key-file"), key, QStringLiteral("--out"), file}, &out), 0);
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("verify"), file, QStringLiteral("--key-file"), key}, &out), 0);
    QVERIFY2(out.contains("dedao.courses") && out.contains("intact"), out.constData());

    TestDatabase fresh(QStringLiteral("backup_cli"));
    QVERIFY(fresh.isReady());
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("restore"), file, QStringLiteral("--key-file"), key, QStringLiteral("--dsn"),
                  QString::fromStdString(fresh.conninfo())}, &out), 0);
    auto s = session(fresh);
    auto src = session(*m_source);
    QVERIFY(s && src);
    QVERIFY(rowHashes(*src, QStringLiteral("ximalaya.album")) == rowHashes(*s, QStringLiteral("ximalaya.album")));

    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(200);
    const char c = f.read(1).at(0);
    f.seek(200);
    f.write(QByteArray(1, char(c ^ 4)));
    f.close();
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("verify"), file, QStringLiteral("--key-file"), key}, &out), 1);
}

void TestBackupRestore::insertMissingIntoTheSourceAdvancesSequences()
{
    // Rollback's case: rows deleted from a live table with an identity column come back with
    // their ids, and the next ordinary insert does not collide with them.
    auto src = session(*m_source);
    QVERIFY(src);
    const auto before = rowHashes(*src, QStringLiteral("dedao.users"));
    const qint64 maxId = scalar(*src, "SELECT max(id) FROM dedao.users");
    QVERIFY(src->exec("DELETE FROM dedao.users WHERE id > " + std::to_string(maxId - 5)).ok());
    QVERIFY(src->exec("SELECT setval(pg_get_serial_sequence('dedao.users', 'id'), " + std::to_string(maxId - 5) + ")").ok());
    auto report = BackupRestorer(*src).restore(m_backup, BackupSecret::fromKeyFile(m_keyFile), BackupRestorer::Mode::InsertMissing);
    QVERIFY2(report.ok(), qPrintable(report.error().message + QLatin1Char(' ') + report.error().serverText));
    QVERIFY(report->committed);
    QCOMPARE(report->tables.at(0).restored, 5);
    QVERIFY(before == rowHashes(*src, QStringLiteral("dedao.users")));
    QCOMPARE(scalar(*src, "INSERT INTO dedao.users (reg_time, reg_channel) VALUES (0, 'pc') RETURNING id"), maxId + 1);
}

void TestBackupRestore::cancelWritesNothing()
{
    const std::atomic<bool> cancel{true};
    auto src = session(*m_source);
    QVERIFY(src);
    BackupWriter writer;
    QVERIFY(!writer.open(m_dir.filePath(QStringLiteral("cancelled.zqbk")), BackupSecret::fromKeyFile(m_keyFile)).isError());
    BackupContentWriter content(writer);
    BackupDumper dumper(*src, content);
    dumper.setCancelFlag(&cancel);
    auto rows = dumper.dump(scopeOf(QStringLiteral("dedao.users")));
    QVERIFY(!rows.ok());
    QCOMPARE(rows.error().kind, DbError::Kind::Cancelled);
    writer.cancel();
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("cancelled.zqbk"))));

    TestDatabase fresh(QStringLiteral("backup_cancel"));
    QVERIFY(fresh.isReady());
    auto s = session(fresh);
    QVERIFY(s);
    BackupRestorer restorer(*s);
    restorer.setCancelFlag(&cancel);
    auto report = restorer.restore(m_backup, BackupSecret::fromKeyFile(m_keyFile), BackupRestorer::Mode::IntoEmpty);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, DbError::Kind::Cancelled);
    QCOMPARE(scalar(*s, "SELECT count(*) FROM pg_namespace WHERE nspname IN ('dedao', 'ximalaya')"), 0);
}

QTEST_GUILESS_MAIN(TestBackupRestore)
#include "tst_backuprestore.moc"
