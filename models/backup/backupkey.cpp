#include "backup/backupkey.h"

#include "backup/backupcrypto.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileDevice>

namespace {
DbError ioError(const QString &message, const QString &detail = {})
{
    return DbError::make(DbError::Kind::Io, message, {}, {}, detail);
}
} // namespace

BackupKey::~BackupKey()
{
    BackupCrypto::wipe(m_bytes);
}

BackupKey::BackupKey(BackupKey &&other) noexcept : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes = QByteArray();
}

BackupKey &BackupKey::operator=(BackupKey &&other) noexcept
{
    if (this != &other) {
        BackupCrypto::wipe(m_bytes);
        m_bytes = std::move(other.m_bytes);
        other.m_bytes = QByteArray();
    }
    return *this;
}

Result<BackupKey> BackupKey::fromPassphrase(QByteArray passphrase, const QByteArray &salt, const ScryptParams &params)
{
    if (passphrase.isEmpty())
        return ioError(QCoreApplication::translate("BackupKey", "The passphrase is empty."));
    QByteArray key = BackupCrypto::scrypt(passphrase, salt, params.n, params.r, params.p);
    BackupCrypto::wipe(passphrase);
    if (key.size() != kSize)
        return ioError(QCoreApplication::translate("BackupKey", "The key could not be derived from the passphrase (scrypt failed)."),
                       QStringLiteral("N=%1 r=%2 p=%3").arg(params.n).arg(params.r).arg(params.p));
    return BackupKey(std::move(key));
}

Result<BackupSecret> BackupKey::stretch(BackupSecret secret, const ScryptParams &params)
{
    if (secret.kind != BackupSecret::Kind::Passphrase)
        return secret;
    const QByteArray salt = BackupCrypto::randomBytes(kSaltSize);
    Result<BackupKey> key = fromPassphrase(secret.passphrase, salt, params);
    if (!key)
        return key.error();
    secret.stretchedKey = key->bytes();
    secret.stretchedSalt = salt;
    secret.stretchedN = params.n;
    secret.stretchedR = params.r;
    secret.stretchedP = params.p;
    return secret;
}

BackupKey BackupKey::fromStretched(const BackupSecret &secret, const QByteArray &salt, const ScryptParams &params)
{
    if (secret.stretchedKey.size() != kSize || secret.stretchedSalt != salt || secret.stretchedN != params.n
        || secret.stretchedR != params.r || secret.stretchedP != params.p)
        return {};
    return BackupKey(QByteArray(secret.stretchedKey.constData(), kSize));
}

Result<BackupKey> BackupKey::fromKeyFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ioError(QCoreApplication::translate("BackupKey", "The key file cannot be read."), path);
    QByteArray key = file.read(kSize + 1);
    if (key.size() != kSize) {
        BackupCrypto::wipe(key);
        return ioError(QCoreApplication::translate("BackupKey", "The key file must hold exactly 32 bytes."), path);
    }
    return BackupKey(std::move(key));
}

DbError BackupKey::createKeyFile(const QString &path)
{
    QFile file(path);
    if (file.exists())
        return ioError(QCoreApplication::translate("BackupKey", "The key file already exists; it is not overwritten."), path);
    QByteArray key = BackupCrypto::randomBytes(kSize);
    bool ok = key.size() == kSize && file.open(QIODevice::WriteOnly | QIODevice::NewOnly);
    // Owner-only before the key is written. Windows has ACLs instead of these bits: not fatal there.
    const bool restricted = ok && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#ifdef Q_OS_UNIX
    ok = ok && restricted;
#else
    Q_UNUSED(restricted);
#endif
    ok = ok && file.write(key) == kSize && file.flush();
    BackupCrypto::wipe(key);
    if (!ok) {
        file.close();
        file.remove();
        return ioError(QCoreApplication::translate("BackupKey", "The key file cannot be written."), path);
    }
    return {};
}

Result<BackupKey> BackupKey::derive(const QByteArray &salt, const QByteArray &info) const
{
    QByteArray key = BackupCrypto::hkdf(m_bytes, salt, info);
    if (key.size() != kSize)
        return ioError(QCoreApplication::translate("BackupKey", "A subkey could not be derived (HKDF failed)."));
    return BackupKey(std::move(key));
}
