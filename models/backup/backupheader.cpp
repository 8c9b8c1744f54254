#include "backup/backupheader.h"

#include "backup/backupcrypto.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace {
// Bounds for reading: scrypt memory at most 1 GiB, chunks between 1 KiB and 16 MiB.
constexpr std::uint64_t kMaxScryptMemory = 1ull << 30;
constexpr int kMinChunk = 1024;
constexpr int kMaxChunk = 16 * 1024 * 1024;

DbError badHeader(const QString &detail)
{
    return DbError::make(DbError::Kind::Io,
                         QCoreApplication::translate("BackupHeader", "The backup file's header is not valid."), {}, {},
                         detail);
}
} // namespace

QByteArray BackupHeader::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("zhiqiao-backup"));
    o.insert(QStringLiteral("version"), kVersion);
    o.insert(QStringLiteral("cipher"), QStringLiteral("AES-256-GCM"));
    if (kdf == BackupSecret::Kind::Passphrase) {
        o.insert(QStringLiteral("kdf"), QStringLiteral("scrypt"));
        o.insert(QStringLiteral("scrypt_n"), static_cast<qint64>(scrypt.n));
        o.insert(QStringLiteral("scrypt_r"), static_cast<qint64>(scrypt.r));
        o.insert(QStringLiteral("scrypt_p"), static_cast<qint64>(scrypt.p));
        o.insert(QStringLiteral("salt"), QString::fromLatin1(salt.toBase64()));
    } else {
        o.insert(QStringLiteral("kdf"), QStringLiteral("keyfile"));
    }
    o.insert(QStringLiteral("file_nonce"), QString::fromLatin1(fileNonce.toBase64()));
    o.insert(QStringLiteral("chunk_size"), chunkSize);
    o.insert(QStringLiteral("run_id"), runId);
    o.insert(QStringLiteral("created"), created.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("metadata"), metadata);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<BackupHeader> BackupHeader::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return badHeader(parseError.errorString());
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("zhiqiao-backup"))
        return badHeader(QStringLiteral("format"));
    if (o.value(QStringLiteral("version")).toInt() != kVersion)
        return DbError::make(DbError::Kind::Io,
                             QCoreApplication::translate("BackupHeader", "The backup file was written by a newer version of Zhiqiao."),
                             {}, {}, QStringLiteral("version %1").arg(o.value(QStringLiteral("version")).toInt()));
    if (o.value(QStringLiteral("cipher")).toString() != QLatin1String("AES-256-GCM"))
        return badHeader(QStringLiteral("cipher"));

    BackupHeader h;
    const QString kdf = o.value(QStringLiteral("kdf")).toString();
    if (kdf == QLatin1String("scrypt")) {
        h.kdf = BackupSecret::Kind::Passphrase;
        const qint64 n = o.value(QStringLiteral("scrypt_n")).toInteger();
        const qint64 r = o.value(QStringLiteral("scrypt_r")).toInteger();
        const qint64 p = o.value(QStringLiteral("scrypt_p")).toInteger();
        if (n < 2 || (n & (n - 1)) != 0 || n > (1ll << 24) || r < 1 || r > 64 || p < 1 || p > 16)
            return badHeader(QStringLiteral("scrypt parameters"));
        h.scrypt = {static_cast<std::uint64_t>(n), static_cast<std::uint32_t>(r), static_cast<std::uint32_t>(p)};
        if (BackupCrypto::scryptMemory(h.scrypt.n, h.scrypt.r, h.scrypt.p) > kMaxScryptMemory)
            return badHeader(QStringLiteral("scrypt memory"));
        h.salt = QByteArray::fromBase64(o.value(QStringLiteral("salt")).toString().toLatin1());
        if (h.salt.size() != BackupKey::kSaltSize)
            return badHeader(QStringLiteral("salt"));
    } else if (kdf == QLatin1String("keyfile")) {
        h.kdf = BackupSecret::Kind::KeyFile;
    } else {
        return badHeader(QStringLiteral("kdf"));
    }
    h.fileNonce = QByteArray::fromBase64(o.value(QStringLiteral("file_nonce")).toString().toLatin1());
    if (h.fileNonce.size() != 16)
        return badHeader(QStringLiteral("file_nonce"));
    h.chunkSize = o.value(QStringLiteral("chunk_size")).toInt();
    if (h.chunkSize < kMinChunk || h.chunkSize > kMaxChunk)
        return badHeader(QStringLiteral("chunk_size"));
    h.runId = o.value(QStringLiteral("run_id")).toString();
    h.created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    h.metadata = o.value(QStringLiteral("metadata")).toObject();
    return h;
}
