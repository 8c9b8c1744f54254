#pragma once

#include "backup/backupcrypto.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

// What unlocks a backup: a passphrase (stretched with scrypt) or a key file of 32 random bytes.
struct BackupSecret
{
    enum class Kind { Passphrase, KeyFile };

    Kind kind = Kind::Passphrase;
    QByteArray passphrase; // UTF-8; wiped by BackupKey after use
    QString keyFilePath;
    // Set by BackupKey::stretch: the passphrase already run through scrypt with this salt and
    // cost. A writer then uses that salt and skips scrypt, so a caller can pay scrypt's memory
    // (128 MiB at the format's cost) before it holds anything else.
    QByteArray stretchedKey;
    QByteArray stretchedSalt;
    std::uint64_t stretchedN = 0;
    std::uint32_t stretchedR = 0;
    std::uint32_t stretchedP = 0;

    // Copies share the passphrase bytes; the last copy to go wipes them.
    ~BackupSecret()
    {
        BackupCrypto::wipe(passphrase);
        BackupCrypto::wipe(stretchedKey);
    }

    static BackupSecret fromPassphrase(const QByteArray &passphrase) { return {Kind::Passphrase, passphrase, {}}; }
    static BackupSecret fromKeyFile(const QString &path) { return {Kind::KeyFile, {}, path}; }
};
