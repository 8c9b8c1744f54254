#include "backup/backupreader.h"

#include "backup/backupcrypto.h"
#include "backup/backupfilekeys.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("BackupReader", text);
}
} // namespace

DbError BackupReader::open(const QString &path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return DbError::make(DbError::Kind::Io, tr("The backup file cannot be opened."), m_file.errorString(), {}, path);

    const QByteArray magic = m_file.read(BackupFileKeys::kMagicSize);
    if (magic.size() < BackupFileKeys::kMagicSize && QByteArray(BackupFileKeys::kMagic).startsWith(magic))
        return damaged(tr("The backup file is cut short inside its header."));
    if (magic != QByteArray(BackupFileKeys::kMagic, BackupFileKeys::kMagicSize))
        return DbError::make(DbError::Kind::Io, tr("This is not a Zhiqiao backup file."), {}, {}, path);
    const QByteArray lengthBytes = m_file.read(4);
    if (lengthBytes.size() < 4)
        return damaged(tr("The backup file is cut short inside its header."));
    const quint32 length = (quint32(quint8(lengthBytes[0])) << 24) | (quint32(quint8(lengthBytes[1])) << 16)
        | (quint32(quint8(lengthBytes[2])) << 8) | quint32(quint8(lengthBytes[3]));
    if (length == 0 || length > quint32(BackupFileKeys::kMaxHeaderJson))
        return damaged(tr("The backup file's header is damaged."));
    const QByteArray json = m_file.read(length);
    m_mac = m_file.read(BackupCrypto::kKeySize);
    const QByteArray checksum = m_file.read(BackupCrypto::kKeySize);
    if (json.size() != qsizetype(length) || m_mac.size() != BackupCrypto::kKeySize || checksum.size() != BackupCrypto::kKeySize)
        return damaged(tr("The backup file is cut short inside its header."));

    // The unkeyed checksum tells damage apart from a wrong key: if it matches and the MAC does
    // not, the header is intact and the key is what differs.
    m_signedHeader = BackupFileKeys::signedHeader(json);
    const QByteArray whole = m_signedHeader + m_mac;
    if (BackupCrypto::sha256(whole) != checksum)
        return damaged(tr("The backup file's header is damaged."));
    m_aad = BackupCrypto::sha256(whole + checksum);

    Result<BackupHeader> header = BackupHeader::fromJson(json);
    if (!header)
        return header.error();
    m_header = std::move(*header);
    m_payloadOffset = m_file.pos();
    m_counter = 0;
    m_unlocked = false;
    m_atEnd = false;
    return {};
}

DbError BackupReader::unlock(const BackupSecret &secret)
{
    Result<BackupFileKeys> keys = BackupFileKeys::derive(m_header, secret);
    if (!keys)
        return keys.error();
    const QByteArray expected = BackupCrypto::hmacSha256(keys->headerMac.bytes(), m_signedHeader);
    if (expected.isEmpty() || !BackupCrypto::equal(expected, m_mac))
        return DbError::make(DbError::Kind::Io, tr("Wrong passphrase or key file: this backup cannot be unlocked with it."));
    m_payloadKey = std::move(keys->payload);
    m_unlocked = true;
    return {};
}

Result<QByteArray> BackupReader::nextChunk()
{
    if (!m_unlocked || m_atEnd)
        return DbError::make(DbError::Kind::Io, tr("The backup file has no more data."));
    const qint64 window = qint64(m_header.chunkSize) + BackupCrypto::kTagSize;
    m_sealed.resize(window);
    qint64 got = 0;
    while (got < window) {
        const qint64 n = m_file.read(m_sealed.data() + got, window - got);
        if (n < 0)
            return DbError::make(DbError::Kind::Io, tr("The backup file cannot be read."), m_file.errorString(), {}, m_file.fileName());
        if (n == 0)
            break;
        got += n;
    }
    m_sealed.truncate(got);
    if (got == 0)
        return damaged(tr("The backup file is cut short: it ends without its final chunk (after %1 chunks).").arg(m_counter));
    if (got < BackupCrypto::kTagSize)
        return damaged(tr("The backup file is cut short inside chunk %1.").arg(m_counter));

    // A full window is an ordinary chunk; anything shorter must be the final one (the writer
    // always ends with a chunk shorter than chunk_size), so the final flag is implied by length.
    const bool final = got < window;
    QByteArray plain;
    if (!BackupCrypto::open(m_payloadKey.bytes(), BackupCrypto::chunkNonce(m_counter, final), m_aad, m_sealed, plain))
        return damaged(final
            ? tr("The backup file is damaged or cut short: its last chunk (%1) does not authenticate.").arg(m_counter)
            : tr("The backup file is damaged, reordered or cut short: chunk %1 does not authenticate.").arg(m_counter));
    ++m_counter;
    if (final) {
        m_atEnd = true;
        if (!m_file.atEnd()) // cannot happen after a short read, but a growing file would do it
            return damaged(tr("The backup file has data after its final chunk."));
    }
    return plain;
}

DbError BackupReader::rewind()
{
    if (!m_file.seek(m_payloadOffset))
        return DbError::make(DbError::Kind::Io, tr("The backup file cannot be read."), m_file.errorString(), {}, m_file.fileName());
    m_counter = 0;
    m_atEnd = false;
    return {};
}

DbError BackupReader::damaged(const QString &message) const
{
    return DbError::make(DbError::Kind::Io, message, {}, {}, m_file.fileName());
}
