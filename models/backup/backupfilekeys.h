#pragma once

#include "backup/backupheader.h"
#include "backup/backupkey.h"
#include "backup/backupsecret.h"
#include "db/result.h"

#include <QByteArray>

// The two keys of one backup file, both HKDF-SHA-256 of the file key (scrypt of the passphrase,
// or the key file's bytes) salted with the header's random file nonce: one encrypts the payload,
// the other authenticates the header. Also the header's byte encoding, shared by writer and reader.
struct BackupFileKeys
{
    static constexpr char kMagic[] = "ZQBK1\n"; // 6 bytes, no terminator in the file
    static constexpr int kMagicSize = 6;
    static constexpr int kMaxHeaderJson = 64 * 1024;

    BackupKey payload;
    BackupKey headerMac;

    static Result<BackupFileKeys> derive(const BackupHeader &header, const BackupSecret &secret);
    // magic ‖ u32 big-endian length ‖ JSON: the bytes the header MAC covers.
    static QByteArray signedHeader(const QByteArray &json);
};
