#include "backup/backupfilekeys.h"

#include <QCoreApplication>

Result<BackupFileKeys> BackupFileKeys::derive(const BackupHeader &header, const BackupSecret &secret)
{
    if (secret.kind != header.kdf) {
        const QString message = header.kdf == BackupSecret::Kind::Passphrase
            ? QCoreApplication::translate("BackupFileKeys", "This backup was made with a passphrase, not a key file.")
            : QCoreApplication::translate("BackupFileKeys", "This backup was made with a key file, not a passphrase.");
        return DbError::make(DbError::Kind::Io, message);
    }
    BackupKey stretched = BackupKey::fromStretched(secret, header.salt, header.scrypt);
    Result<BackupKey> fileKey = stretched.isValid() ? Result<BackupKey>(std::move(stretched))
        : secret.kind == BackupSecret::Kind::Passphrase
        ? BackupKey::fromPassphrase(secret.passphrase, header.salt, header.scrypt)
        : BackupKey::fromKeyFile(secret.keyFilePath);
    if (!fileKey)
        return fileKey.error();
    Result<BackupKey> payload = fileKey->derive(header.fileNonce, QByteArrayLiteral("zhiqiao backup v1 payload"));
    if (!payload)
        return payload.error();
    Result<BackupKey> mac = fileKey->derive(header.fileNonce, QByteArrayLiteral("zhiqiao backup v1 header"));
    if (!mac)
        return mac.error();
    return BackupFileKeys{std::move(*payload), std::move(*mac)};
}

QByteArray BackupFileKeys::signedHeader(const QByteArray &json)
{
    QByteArray out(kMagic, kMagicSize);
    const auto n = static_cast<quint32>(json.size());
    out.append(static_cast<char>(n >> 24)).append(static_cast<char>(n >> 16)).append(static_cast<char>(n >> 8)).append(static_cast<char>(n));
    out.append(json);
    return out;
}
