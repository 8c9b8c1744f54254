#pragma once

#include "backup/backupsecret.h"
#include "db/result.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

// scrypt cost. The defaults are the file format's (N=2^17, r=8, p=1: about 128 MiB and a few
// tenths of a second); tests pass a lower N explicitly to stay fast.
struct ScryptParams
{
    std::uint64_t n = 1u << 17;
    std::uint32_t r = 8;
    std::uint32_t p = 1;
};

// A 32-byte file key, from a passphrase through scrypt or read from a key file. Move-only; the
// bytes are wiped (OPENSSL_cleanse) when the key goes away.
class BackupKey
{
public:
    static constexpr int kSize = 32;
    static constexpr int kSaltSize = 16;

    BackupKey() = default;
    ~BackupKey();
    BackupKey(BackupKey &&other) noexcept;
    BackupKey &operator=(BackupKey &&other) noexcept;
    BackupKey(const BackupKey &) = delete;
    BackupKey &operator=(const BackupKey &) = delete;

    static Result<BackupKey> fromPassphrase(QByteArray passphrase, const QByteArray &salt, const ScryptParams &params);
    static Result<BackupKey> fromKeyFile(const QString &path);
    // A passphrase secret with the scrypt work done now, for a fresh random salt (see
    // BackupSecret::stretchedKey). A key-file secret comes back unchanged.
    static Result<BackupSecret> stretch(BackupSecret secret, const ScryptParams &params);
    // The stretched key when it was made for this salt and cost; else an invalid key.
    static BackupKey fromStretched(const BackupSecret &secret, const QByteArray &salt, const ScryptParams &params);
    // Writes 32 random bytes to a new file readable by its owner only; refuses to overwrite.
    static DbError createKeyFile(const QString &path);
    // HKDF-SHA-256 of this key: subkeys for different purposes never share bytes.
    Result<BackupKey> derive(const QByteArray &salt, const QByteArray &info) const;

    bool isValid() const { return m_bytes.size() == kSize; }
    const QByteArray &bytes() const { return m_bytes; }

private:
    explicit BackupKey(QByteArray bytes) : m_bytes(std::move(bytes)) {}
    QByteArray m_bytes;
};
