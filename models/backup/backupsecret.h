#pragma once

#include "backup/backupcrypto.h"

#include <QByteArray>
#include <QString>

// What unlocks a backup: a passphrase (stretched with scrypt) or a key file of 32 random bytes.
struct BackupSecret
{
    enum class Kind { Passphrase, KeyFile };

    Kind kind = Kind::Passphrase;
    QByteArray passphrase; // UTF-8; wiped by BackupKey after use
    QString keyFilePath;

    // Copies share the passphrase bytes; the last copy to go wipes them.
    ~BackupSecret() { BackupCrypto::wipe(passphrase); }

    static BackupSecret fromPassphrase(const QByteArray &passphrase) { return {Kind::Passphrase, passphrase, {}}; }
    static BackupSecret fromKeyFile(const QString &path) { return {Kind::KeyFile, {}, path}; }
};
