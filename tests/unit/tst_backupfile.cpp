// The encrypted backup file (BackupWriter/BackupReader): round trips with a passphrase and a key
// file, and every kind of damage the format promises to catch: wrong key, flipped bits anywhere,
// truncation at any offset, reordered, duplicated or dropped chunks, appended bytes.
#include "backup/backupreader.h"
#include "backup/backupwriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr qint64 kChunk = BackupHeader::kChunkSize;
constexpr qint64 kSealedChunk = kChunk + 16;
const ScryptParams kFastScrypt{1u << 10, 8, 1}; // tests only; files say which N they used

QByteArray payload(qint64 size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    QRandomGenerator rng(seed);
    for (qint64 i = 0; i < size; ++i)
        out[i] = static_cast<char>(rng.generate() & 0xff);
    return out;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

// Header bytes: magic (6) + length (4) + JSON + MAC (32) + checksum (32).
qint64 headerSize(const QByteArray &file)
{
    const auto *p = reinterpret_cast<const uchar *>(file.constData()) + 6;
    return 6 + 4 + ((qint64(p[0]) << 24) | (qint64(p[1]) << 16) | (qint64(p[2]) << 8) | qint64(p[3])) + 64;
}

DbError writeBackup(const QString &path, const BackupSecret &secret, const QByteArray &data, const ScryptParams &scrypt = kFastScrypt)
{
    BackupWriter writer;
    BackupHeader header;
    header.scrypt = scrypt;
    header.runId = QStringLiteral("run-42");
    if (DbError e = writer.open(path, secret, header); e.isError())
        return e;
    // Uneven pieces so chunk boundaries fall inside writes.
    for (qint64 at = 0; at < data.size(); at += 10007)
        if (DbError e = writer.write(QByteArrayView(data).sliced(at, std::min<qint64>(10007, data.size() - at))); e.isError())
            return e;
    return writer.finish();
}

Result<QByteArray> readBackup(const QString &path, const BackupSecret &secret)
{
    BackupReader reader;
    if (DbError e = reader.open(path); e.isError())
        return e;
    if (DbError e = reader.unlock(secret); e.isError())
        return e;
    QByteArray out;
    while (!reader.atEnd()) {
        Result<QByteArray> chunk = reader.nextChunk();
        if (!chunk)
            return chunk.error();
        out.append(*chunk);
    }
    return out;
}

BackupSecret passphrase()
{
    return BackupSecret::fromPassphrase(QByteArrayLiteral("correct horse 电池 staple"));
}
} // namespace

class TestBackupFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void realScryptCost();
    void stretchedPassphrase();
    void headerCarriesMetadata();
    void wrongPassphrase();
    void wrongKeyFile();
    void secretOfTheWrongKind();
    void keyFileIsNotOverwritten();
    void damageIsDetected_data();
    void damageIsDetected();

private:
    QTemporaryDir m_dir;
    QString m_keyFile;
    QString m_intact; // 3 full chunks + a final chunk of 1000 bytes, with the key file
    QByteArray m_intactBytes;
};

void TestBackupFile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_keyFile = m_dir.filePath(QStringLiteral("backup.key"));
    QVERIFY(!BackupKey::createKeyFile(m_keyFile).isError());
    QCOMPARE(QFile(m_keyFile).size(), 32);
    m_intact = m_dir.filePath(QStringLiteral("intact.zqbk"));
    QVERIFY(!writeBackup(m_intact, BackupSecret::fromKeyFile(m_keyFile), payload(3 * kChunk + 1000, 7)).isError());
    m_intactBytes = readFile(m_intact);
    QCOMPARE(m_intactBytes.size(), headerSize(m_intactBytes) + 3 * kSealedChunk + 1000 + 16);
    // Same key file, same content: only the header's file nonce tells them apart.
    QVERIFY(!writeBackup(m_dir.filePath(QStringLiteral("spliced.zqbk")), BackupSecret::fromKeyFile(m_keyFile),
                         payload(3 * kChunk + 1000, 7)).isError());
}

void TestBackupFile::roundTrip_data()
{
    QTest::addColumn<bool>("useKeyFile");
    QTest::addColumn<qint64>("size");
    QTest::newRow("empty, passphrase") << false << qint64(0);
    QTest::newRow("empty, key file") << true << qint64(0);
    QTest::newRow("one byte") << true << qint64(1);
    QTest::newRow("exactly one chunk") << true << kChunk;
    QTest::newRow("exactly two chunks") << false << 2 * kChunk;
    QTest::newRow("5 MB, passphrase") << false << qint64(5'000'003);
    QTest::newRow("5 MB, key file") << true << qint64(5'000'003);
}

void TestBackupFile::roundTrip()
{
    QFETCH(bool, useKeyFile);
    QFETCH(qint64, size);
    const BackupSecret secret = useKeyFile ? BackupSecret::fromKeyFile(m_keyFile) : passphrase();
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.zqbk"));
    const QByteArray data = payload(size, 11);
    const DbError written = writeBackup(path, secret, data);
    QVERIFY2(!written.isError(), qPrintable(written.message));
    // Chunks of 64 KiB plus a final chunk that is always shorter (empty when size is a multiple).
    const QByteArray file = readFile(path);
    QCOMPARE(file.size(), headerSize(file) + (size / kChunk) * kSealedChunk + (size % kChunk) + 16);
    QVERIFY(!file.contains(data.left(64)) || size < 64);
    Result<QByteArray> read = readBackup(path, secret);
    QVERIFY2(read.ok(), qPrintable(read.error().message));
    QCOMPARE(read->size(), data.size());
    QVERIFY(*read == data);
}

void TestBackupFile::realScryptCost()
{
    // The format's own cost (N=2^17, r=8: 128 MiB) must work (OpenSSL's default memory ceiling
    // is too low for it) and stay quick enough to unlock interactively.
    const QString path = m_dir.filePath(QStringLiteral("real.zqbk"));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!writeBackup(path, passphrase(), payload(1000, 3), ScryptParams{}).isError());
    const qint64 writeMs = timer.restart();
    BackupReader reader;
    QVERIFY(!reader.open(path).isError());
    QCOMPARE(reader.header().scrypt.n, std::uint64_t(1) << 17);
    QCOMPARE(reader.header().scrypt.r, 8u);
    QCOMPARE(reader.header().scrypt.p, 1u);
    QVERIFY(!reader.unlock(passphrase()).isError());
    const qint64 readMs = timer.elapsed();
    qInfo("scrypt N=2^17: write %lld ms, unlock %lld ms", writeMs, readMs);
    QVERIFY2(readMs < 5000, "unlocking at the real cost should take about a second at most");
    Result<QByteArray> chunk = reader.nextChunk();
    QVERIFY(chunk.ok());
    QCOMPARE(*chunk, payload(1000, 3));
}

// A passphrase stretched ahead of time writes the same kind of file: its salt and cost go into the
// header, and the plain passphrase opens it. Stretched for another cost, it is not used.
void TestBackupFile::stretchedPassphrase()
{
    auto stretched = BackupKey::stretch(passphrase(), kFastScrypt);
    QVERIFY(stretched.ok());
    QCOMPARE(stretched->stretchedKey.size(), BackupKey::kSize);
    const QString path = m_dir.filePath(QStringLiteral("stretched.zqbk"));
    QVERIFY(!writeBackup(path, *stretched, payload(5000, 9), ScryptParams{}).isError());
    BackupReader reader;
    QVERIFY(!reader.open(path).isError());
    QCOMPARE(reader.header().salt, stretched->stretchedSalt);
    QCOMPARE(reader.header().scrypt.n, kFastScrypt.n); // the cost the key was stretched with
    Result<QByteArray> read = readBackup(path, passphrase());
    QVERIFY2(read.ok(), qPrintable(read.error().message));
    QCOMPARE(*read, payload(5000, 9));
    QVERIFY(!BackupKey::fromStretched(*stretched, stretched->stretchedSalt, ScryptParams{}).isValid());
    QVERIFY(BackupKey::fromStretched(*stretched, stretched->stretchedSalt, kFastScrypt).isValid());
    auto keyFile = BackupKey::stretch(BackupSecret::fromKeyFile(m_keyFile), kFastScrypt);
    QVERIFY(keyFile.ok() && keyFile->stretchedKey.isEmpty());
}

void TestBackupFile::headerCarriesMetadata()
{
    BackupReader reader;
    QVERIFY(!reader.open(m_intact).isError());
    QCOMPARE(reader.header().runId, QStringLiteral("run-42"));
    QCOMPARE(reader.header().kdf, BackupSecret::Kind::KeyFile);
    QCOMPARE(reader.header().chunkSize, int(kChunk));
    QVERIFY(reader.header().created.isValid());
}

void TestBackupFile::wrongPassphrase()
{
    const QString path = m_dir.filePath(QStringLiteral("pass.zqbk"));
    QVERIFY(!writeBackup(path, passphrase(), payload(100, 1)).isError());
    Result<QByteArray> read = readBackup(path, BackupSecret::fromPassphrase("correct horse battery staple"));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, DbError::Kind::Io);
    QVERIFY2(read.error().message.contains(QLatin1String("Wrong passphrase or key file")), qPrintable(read.error().message));
}

void TestBackupFile::wrongKeyFile()
{
    const QString other = m_dir.filePath(QStringLiteral("other.key"));
    QVERIFY(!BackupKey::createKeyFile(other).isError());
    QVERIFY(readFile(other) != readFile(m_keyFile));
    Result<QByteArray> read = readBackup(m_intact, BackupSecret::fromKeyFile(other));
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message.contains(QLatin1String("Wrong passphrase or key file")), qPrintable(read.error().message));
}

void TestBackupFile::secretOfTheWrongKind()
{
    Result<QByteArray> read = readBackup(m_intact, passphrase());
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message.contains(QLatin1String("key file, not a passphrase")), qPrintable(read.error().message));
}

void TestBackupFile::keyFileIsNotOverwritten()
{
    const QByteArray before = readFile(m_keyFile);
    QVERIFY(BackupKey::createKeyFile(m_keyFile).isError());
    QCOMPARE(readFile(m_keyFile), before);
}

void TestBackupFile::damageIsDetected_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("expected"); // a piece of the message

    const QByteArray &f = m_intactBytes;
    const qint64 h = headerSize(f);
    auto flip = [&](qint64 at) { QByteArray b = f; b[at] = static_cast<char>(b[at] ^ 0x10); return b; };
    auto chunk = [&](int i) { return f.mid(h + i * kSealedChunk, kSealedChunk); };

    QTest::newRow("flipped bit in magic") << flip(2) << QStringLiteral("not a Zhiqiao backup");
    QTest::newRow("flipped bit in header length") << flip(8) << QStringLiteral("header");
    QTest::newRow("flipped bit in header JSON") << flip(20) << QStringLiteral("header is damaged");
    QTest::newRow("flipped bit in header MAC") << flip(h - 40) << QStringLiteral("header is damaged");
    QTest::newRow("flipped bit in header checksum") << flip(h - 1) << QStringLiteral("header is damaged");
    QTest::newRow("flipped bit in first chunk") << flip(h + 5) << QStringLiteral("chunk 0 does not authenticate");
    QTest::newRow("flipped bit in middle chunk") << flip(h + kSealedChunk + 30000) << QStringLiteral("chunk 1 does not authenticate");
    QTest::newRow("flipped bit in a chunk tag") << flip(h + 2 * kSealedChunk - 3) << QStringLiteral("chunk 1 does not authenticate");
    QTest::newRow("flipped bit in last tag") << flip(f.size() - 1) << QStringLiteral("last chunk (3)");
    QTest::newRow("truncated inside magic") << f.left(3) << QStringLiteral("cut short inside its header");
    QTest::newRow("truncated inside header") << f.left(h / 2) << QStringLiteral("cut short inside its header");
    QTest::newRow("truncated after header") << f.left(h) << QStringLiteral("ends without its final chunk");
    QTest::newRow("truncated at a chunk boundary") << f.left(h + 2 * kSealedChunk) << QStringLiteral("ends without its final chunk");
    QTest::newRow("final chunk dropped") << f.left(h + 3 * kSealedChunk) << QStringLiteral("ends without its final chunk");
    QTest::newRow("truncated inside a chunk") << f.left(h + kSealedChunk + 4000) << QStringLiteral("last chunk (1) does not authenticate");
    QTest::newRow("truncated inside a tag") << f.left(h + 3 * kSealedChunk + 8) << QStringLiteral("cut short inside chunk 3");
    QTest::newRow("last byte cut") << f.left(f.size() - 1) << QStringLiteral("last chunk (3)");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("cut short inside its header");
    QTest::newRow("swapped chunks") << (f.left(h) + chunk(1) + chunk(0) + f.mid(h + 2 * kSealedChunk)) << QStringLiteral("chunk 0 does not authenticate");
    QTest::newRow("duplicated chunk") << (f.left(h + 2 * kSealedChunk) + chunk(1) + f.mid(h + 2 * kSealedChunk)) << QStringLiteral("chunk 2 does not authenticate");
    QTest::newRow("dropped middle chunk") << (f.left(h + kSealedChunk) + f.mid(h + 2 * kSealedChunk)) << QStringLiteral("chunk 1 does not authenticate");
    QTest::newRow("garbage appended") << (f + QByteArrayLiteral("garbage")) << QStringLiteral("last chunk (3)");
    QTest::newRow("a chunk's worth appended") << (f + chunk(0)) << QStringLiteral("chunk 3 does not authenticate");
    QByteArray otherFile = readFile(m_dir.filePath(QStringLiteral("spliced.zqbk")));
    QTest::newRow("header of another file") << (otherFile.left(headerSize(otherFile)) + f.mid(h)) << QStringLiteral("chunk 0 does not authenticate");
}

void TestBackupFile::damageIsDetected()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(QStringLiteral("damaged.zqbk"));
    writeFile(path, file);
    Result<QByteArray> read = readBackup(path, BackupSecret::fromKeyFile(m_keyFile));
    QVERIFY2(!read.ok(), "damage went unnoticed");
    QCOMPARE(read.error().kind, DbError::Kind::Io);
    QVERIFY2(read.error().message.contains(expected), qPrintable(read.error().message));
}

QTEST_GUILESS_MAIN(TestBackupFile)
#include "tst_backupfile.moc"
