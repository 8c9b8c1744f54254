#include "recommend/modelfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QSaveFile>

namespace ModelFile {

namespace {

const QByteArray kMagic = QByteArrayLiteral("ZQRECMDL");
const QString kKind = QStringLiteral("ials");
constexpr int kHashSize = 32;

QString tr(const char *text)
{
    return QCoreApplication::translate("ModelFile", text);
}

DbError invalid(const QString &why)
{
    return DbError::make(DbError::Kind::Io, tr("This is not a usable model file: %1").arg(why));
}

void writeMatrix(QDataStream &out, const IalsModel::Matrix &m)
{
    out << qint64(m.rows()) << qint64(m.cols());
    for (Eigen::Index i = 0; i < m.size(); ++i)
        out << m.data()[i];
}

// Qt's own QList/QString readers reserve what the count in the file says before reading: a
// hostile count would ask for gigabytes. Here every count is checked against what is left.
bool readKeys(QDataStream &in, QStringList &keys)
{
    quint32 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || count > quint64(in.device()->bytesAvailable()) / 4)
        return false;
    keys.clear();
    keys.reserve(qsizetype(count));
    for (quint32 i = 0; i < count; ++i) {
        quint32 bytes = 0;
        in >> bytes;
        if (in.status() != QDataStream::Ok)
            return false;
        if (bytes == 0xFFFFFFFFu) { // a null QString
            keys.append(QString());
            continue;
        }
        if (bytes % 2 != 0 || bytes > quint64(in.device()->bytesAvailable()))
            return false;
        QByteArray raw(qsizetype(bytes), Qt::Uninitialized);
        if (in.readRawData(raw.data(), int(bytes)) != int(bytes))
            return false;
        QString key(qsizetype(bytes / 2), Qt::Uninitialized);
        for (quint32 c = 0; c < bytes / 2; ++c) // UTF-16 in the stream's byte order (little-endian)
            key[qsizetype(c)] = QChar(ushort(uchar(raw[2 * c]) | (uchar(raw[2 * c + 1]) << 8)));
        keys.append(key);
    }
    return true;
}

bool readMatrix(QDataStream &in, IalsModel::Matrix &m, qint64 maxValues)
{
    qint64 rows = 0;
    qint64 cols = 0;
    in >> rows >> cols;
    if (in.status() != QDataStream::Ok || rows < 0 || cols < 0 || cols > 4096 || (cols > 0 && rows > maxValues / cols))
        return false;
    m.resize(rows, cols);
    for (Eigen::Index i = 0; i < m.size(); ++i)
        in >> m.data()[i];
    return in.status() == QDataStream::Ok;
}

} // namespace

QByteArray toBytes(const IalsModel &model)
{
    QByteArray bytes;
    {
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out.setByteOrder(QDataStream::LittleEndian);
        out.setFloatingPointPrecision(QDataStream::SinglePrecision);
        out.writeRawData(kMagic.constData(), int(kMagic.size()));
        const IalsModel::Options &o = model.options();
        out << kVersion << kKind << qint32(o.factors) << qint32(o.iterations) << o.regularization << o.alpha
            << qint32(o.cgSteps) << quint32(o.seed) << o.scaledRegularization;
        out << model.userKeys() << model.itemKeys();
        writeMatrix(out, model.userFactors());
        writeMatrix(out, model.itemFactors());
    }
    bytes += QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    return bytes;
}

Result<IalsModel> fromBytes(const QByteArray &bytes)
{
    if (bytes.size() < kMagic.size() + kHashSize || !bytes.startsWith(kMagic))
        return invalid(tr("it does not start with the Zhiqiao model header."));
    const QByteArray body = bytes.left(bytes.size() - kHashSize);
    QDataStream in(body);
    in.setVersion(QDataStream::Qt_6_4);
    in.setByteOrder(QDataStream::LittleEndian);
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    in.skipRawData(int(kMagic.size()));
    quint32 version = 0;
    in >> version;
    if (version != kVersion)
        return invalid(tr("it is of format version %1; this Zhiqiao reads version %2.").arg(version).arg(kVersion));
    if (QCryptographicHash::hash(body, QCryptographicHash::Sha256) != bytes.right(kHashSize))
        return invalid(tr("its checksum does not match (the file is damaged or was altered)."));
    QString kind;
    qint32 factors = 0, iterations = 0, cgSteps = 0;
    quint32 seed = 0;
    IalsModel::Options o;
    in >> kind >> factors >> iterations >> o.regularization >> o.alpha >> cgSteps >> seed >> o.scaledRegularization;
    if (kind != kKind)
        return invalid(tr("it holds a model of kind “%1”.").arg(kind));
    o.factors = factors;
    o.iterations = iterations;
    o.cgSteps = cgSteps;
    o.seed = seed;
    QStringList users, items;
    if (!readKeys(in, users) || !readKeys(in, items))
        return invalid(tr("its lists of keys do not fit the file."));
    IalsModel::Matrix x, y;
    const qint64 maxValues = in.device()->bytesAvailable() / 4;
    if (!readMatrix(in, x, maxValues) || !readMatrix(in, y, maxValues) || in.status() != QDataStream::Ok)
        return invalid(tr("it ends early."));
    if (x.rows() != users.size() || y.rows() != items.size() || x.cols() != factors || y.cols() != factors)
        return invalid(tr("its matrices do not fit its keys."));
    return IalsModel::fromParts(o, std::move(users), std::move(items), std::move(x), std::move(y));
}

Result<bool> save(const IalsModel &model, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return DbError::make(DbError::Kind::Io, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray bytes = toBytes(model);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return DbError::make(DbError::Kind::Io, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}

Result<IalsModel> load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return DbError::make(DbError::Kind::Io, tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return fromBytes(file.readAll());
}

} // namespace ModelFile
