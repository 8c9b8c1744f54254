#include "recommend/modelfile.h"

#include "plantedinteractions.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>

class TstModelFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripGivesIdenticalScores();
    void refusesDamagedFiles_data();
    void refusesDamagedFiles();
    void hostileCountsWithAValidChecksum();
    void missingFileSaysSo();

private:
    IalsModel m_model;
    Interactions m_data;
};

void TstModelFile::initTestCase()
{
    m_data = plantedInteractions(3, 20, 8, 3);
    IalsModel::Options o;
    o.factors = 6;
    o.iterations = 3;
    QVERIFY(m_model.train(m_data, o));
}

void TstModelFile::roundTripGivesIdenticalScores()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("model.zqm"));
    QVERIFY(ModelFile::save(m_model, path).ok());
    auto loaded = ModelFile::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    QCOMPARE(loaded->options(), m_model.options());
    QCOMPARE(loaded->userKeys(), m_model.userKeys());
    QCOMPARE(loaded->itemKeys(), m_model.itemKeys());
    for (int u = 0; u < m_data.userCount(); u += 7) {
        const History h = History::ofUser(m_data, u);
        QCOMPARE(loaded->scores(h), m_model.scores(h)); // bit for bit
    }
}

void TstModelFile::refusesDamagedFiles_data()
{
    QTest::addColumn<int>("damage");
    QTest::addColumn<QString>("says");
    QTest::newRow("bit flip in the factors") << 0 << QStringLiteral("checksum");
    QTest::newRow("truncated") << 1 << QStringLiteral("checksum");
    QTest::newRow("another version") << 2 << QStringLiteral("version 99");
    QTest::newRow("not a model") << 3 << QStringLiteral("header");
}

void TstModelFile::refusesDamagedFiles()
{
    QFETCH(int, damage);
    QFETCH(QString, says);
    QByteArray bytes = ModelFile::toBytes(m_model);
    switch (damage) {
    case 0:
        bytes[bytes.size() - 100] = char(bytes[bytes.size() - 100] ^ 0x10);
        break;
    case 1:
        bytes.chop(50);
        break;
    case 2:
        bytes[8] = 99; // the version, little-endian, right after the magic
        break;
    default:
        bytes = QByteArrayLiteral("PK\x03\x04 this is a zip file, not a model, and long enough to pass the size check");
    }
    const auto loaded = ModelFile::fromBytes(bytes);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().message.contains(says), qPrintable(loaded.error().message));
}

void TstModelFile::hostileCountsWithAValidChecksum()
{
    // The checksum is not a key: someone can recompute it. A huge count of keys must be refused
    // before anything is allocated for it.
    QByteArray bytes = ModelFile::toBytes(m_model);
    bytes.chop(32);
    // magic 8, version 4, kind "ials" 4 + 8, five 4-byte options, a bool: the user count is at 49.
    const int at = 8 + 4 + 12 + 4 * 6 + 1;
    QCOMPARE(qFromLittleEndian<quint32>(bytes.constData() + at), quint32(m_model.userKeys().size()));
    qToLittleEndian<quint32>(0xFFFFFFF0u, bytes.data() + at);
    bytes += QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    const auto loaded = ModelFile::fromBytes(bytes);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().message.contains(QStringLiteral("keys")), qPrintable(loaded.error().message));
}

void TstModelFile::missingFileSaysSo()
{
    const auto loaded = ModelFile::load(QStringLiteral("/nonexistent/model.zqm"));
    QVERIFY(!loaded.ok());
    QVERIFY(loaded.error().message.contains(QStringLiteral("model.zqm")));
}

QTEST_APPLESS_MAIN(TstModelFile)
#include "tst_modelfile.moc"
