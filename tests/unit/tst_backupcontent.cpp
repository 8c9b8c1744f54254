// The payload inside a backup (BackupContentWriter/BackupContentReader, BackupVerifier) without a
// database: tables and rows round-trip with their hashes, and a payload that authenticates but
// breaks the content rules (a row that does not match its hash, a row outside a table, counts or
// content hash that disagree with the end record, a missing end or data after it) is refused.
#include "backup/backupcontentwriter.h"
#include "backup/backupcrypto.h"
#include "backup/backupverifier.h"
#include "backup/backupwriter.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
const ScryptParams kFastScrypt{1u << 10, 8, 1};

BackupSecret secret()
{
    return BackupSecret::fromPassphrase(QByteArrayLiteral("content test"));
}

BackupTable table(const QString &name)
{
    BackupTable t;
    t.schema = QStringLiteral("s");
    t.name = name;
    t.columns = {{QStringLiteral("id"), QStringLiteral("bigint")}, {QStringLiteral("note"), QStringLiteral("text")}};
    t.primaryKey = {QStringLiteral("id")};
    return t;
}

QByteArray record(char type, const QByteArray &body)
{
    const auto n = quint32(body.size());
    return QByteArray(1, type) + char(n >> 24) + char(n >> 16) + char(n >> 8) + char(n) + body;
}

QByteArray rowRecord(const QByteArray &line, const QByteArray &hash = {})
{
    return record('R', (hash.isEmpty() ? BackupCrypto::sha256(line) : hash) + line);
}

QByteArray endRecord(const QByteArray &before, const QString &tableName, qint64 rows)
{
    const QJsonObject end{{QStringLiteral("tables"), QJsonArray{QJsonObject{{QStringLiteral("table"), tableName}, {QStringLiteral("rows"), rows}}}},
                          {QStringLiteral("content_sha256"),
                           QString::fromLatin1(QCryptographicHash::hash(before, QCryptographicHash::Sha256).toHex())}};
    return record('E', QJsonDocument(end).toJson(QJsonDocument::Compact));
}
} // namespace

class TestBackupContent : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void emptyBackup();
    void brokenContentIsRefused_data();
    void brokenContentIsRefused();

private:
    QTemporaryDir m_dir;
};

void TestBackupContent::roundTrip()
{
    const QString path = m_dir.filePath(QStringLiteral("content.zqbk"));
    BackupWriter writer;
    BackupHeader header;
    header.scrypt = kFastScrypt;
    QVERIFY(!writer.open(path, secret(), header).isError());
    BackupContentWriter content(writer);
    QVERIFY(!content.beginTable(table(QStringLiteral("a"))).isError());
    for (int i = 0; i < 20000; ++i) // several chunks, records crossing chunk boundaries
        QVERIFY(!content.addRow(QStringLiteral("%1\t笔记 %1 \\\\ tab\\t\n").arg(i).toUtf8()).isError());
    QVERIFY(!content.beginTable(table(QStringLiteral("empty"))).isError());
    QVERIFY(!content.beginTable(table(QStringLiteral("b"))).isError());
    QVERIFY(!content.addRow("1\t\\N").isError());
    QVERIFY(!content.finish().isError());

    auto summary = BackupVerifier::verify(path, secret());
    QVERIFY2(summary.ok(), qPrintable(summary.error().message));
    QCOMPARE(summary->tableRows.size(), std::size_t(3));
    QCOMPARE(summary->tableRows[0], std::make_pair(QStringLiteral("s.a"), qint64(20000)));
    QCOMPARE(summary->tableRows[1], std::make_pair(QStringLiteral("s.empty"), qint64(0)));
    QCOMPARE(summary->tableRows[2], std::make_pair(QStringLiteral("s.b"), qint64(1)));
    QCOMPARE(summary->totalRows, qint64(20001));
    QVERIFY(summary->chunks > 3);
    QCOMPARE(summary->contentHash.size(), 32);
}

void TestBackupContent::emptyBackup()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.zqbk"));
    BackupWriter writer;
    BackupHeader header;
    header.scrypt = kFastScrypt;
    QVERIFY(!writer.open(path, secret(), header).isError());
    BackupContentWriter content(writer);
    QVERIFY(!content.finish().isError());
    auto summary = BackupVerifier::verify(path, secret());
    QVERIFY2(summary.ok(), qPrintable(summary.error().message));
    QCOMPARE(summary->totalRows, 0);
    QVERIFY(summary->tableRows.empty());
}

void TestBackupContent::brokenContentIsRefused_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("expected");
    const QByteArray t = record('T', table(QStringLiteral("a")).toJson());
    const QByteArray good = t + rowRecord("1\tx") + rowRecord("2\ty");

    QTest::newRow("intact (control)") << (good + endRecord(good, QStringLiteral("s.a"), 2)) << QString();
    const QByteArray badHash = t + rowRecord("1\tx", BackupCrypto::sha256("1\tX")) + rowRecord("2\ty");
    QTest::newRow("row does not match its hash") << (badHash + endRecord(badHash, QStringLiteral("s.a"), 2))
                                                 << QStringLiteral("Row 1 of table s.a does not match its hash");
    const QByteArray orphan = rowRecord("1\tx") + t;
    QTest::newRow("row before any table") << (orphan + endRecord(orphan, QStringLiteral("s.a"), 0)) << QStringLiteral("outside any table");
    QTest::newRow("wrong row count") << (good + endRecord(good, QStringLiteral("s.a"), 3)) << QStringLiteral("row counts");
    QTest::newRow("wrong content hash") << (good + endRecord(good + "x", QStringLiteral("s.a"), 2)) << QStringLiteral("content hash");
    QTest::newRow("no end record") << good << QStringLiteral("ends in the middle of a record");
    QTest::newRow("cut inside a record") << (good + endRecord(good, QStringLiteral("s.a"), 2)).chopped(3)
                                         << QStringLiteral("ends in the middle of a record");
    QTest::newRow("data after the end") << (good + endRecord(good, QStringLiteral("s.a"), 2) + rowRecord("3\tz"))
                                        << QStringLiteral("data after its end record");
    QTest::newRow("unknown record kind") << (good + record('Z', "?")) << QStringLiteral("unknown kind");
    QTest::newRow("invalid table record") << record('T', "{}") << QStringLiteral("table section");
}

void TestBackupContent::brokenContentIsRefused()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(QStringLiteral("crafted.zqbk"));
    BackupWriter writer;
    BackupHeader header;
    header.scrypt = kFastScrypt;
    QVERIFY(!writer.open(path, secret(), header).isError());
    QVERIFY(!writer.write(payload).isError());
    QVERIFY(!writer.finish().isError());
    auto summary = BackupVerifier::verify(path, secret());
    if (expected.isEmpty()) {
        QVERIFY2(summary.ok(), qPrintable(summary.error().message));
        return;
    }
    QVERIFY2(!summary.ok(), "broken content went unnoticed");
    QCOMPARE(summary.error().kind, DbError::Kind::Io);
    QVERIFY2(summary.error().message.contains(expected), qPrintable(summary.error().message));
}

QTEST_GUILESS_MAIN(TestBackupContent)
#include "tst_backupcontent.moc"
