#include "backup/backupwriter.h"

#include "backup/backupcrypto.h"
#include "backup/backupfilekeys.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <algorithm>

BackupWriter::BackupWriter() = default;
BackupWriter::~BackupWriter() = default; // an unfinished QSaveFile discards itself

DbError BackupWriter::open(const QString &path, const BackupSecret &secret, BackupHeader header)
{
    m_header = std::move(header);
    m_header.kdf = secret.kind;
    m_header.salt = secret.kind == BackupSecret::Kind::Passphrase ? BackupCrypto::randomBytes(BackupKey::kSaltSize) : QByteArray();
    if (secret.kind == BackupSecret::Kind::Passphrase && !secret.stretchedKey.isEmpty()) { // scrypt done already
        m_header.salt = secret.stretchedSalt;
        m_header.scrypt = ScryptParams{secret.stretchedN, secret.stretchedR, secret.stretchedP};
    }
    m_header.fileNonce = BackupCrypto::randomBytes(16);
    m_header.chunkSize = BackupHeader::kChunkSize;
    if (!m_header.created.isValid())
        m_header.created = QDateTime::currentDateTimeUtc();

    Result<BackupFileKeys> keys = BackupFileKeys::derive(m_header, secret);
    if (!keys)
        return keys.error();
    m_payloadKey = std::move(keys->payload);

    QByteArray headerBytes = BackupFileKeys::signedHeader(m_header.toJson());
    headerBytes.append(BackupCrypto::hmacSha256(keys->headerMac.bytes(), headerBytes));
    headerBytes.append(BackupCrypto::sha256(headerBytes));
    m_aad = BackupCrypto::sha256(headerBytes);

    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly) || m_file->write(headerBytes) != headerBytes.size())
        return writeFailed();
    m_plain.reserve(m_header.chunkSize);
    m_counter = 0;
    m_payloadBytes = 0;
    return {};
}

DbError BackupWriter::write(QByteArrayView data)
{
    if (!m_file)
        return writeFailed();
    m_payloadBytes += data.size();
    while (!data.isEmpty()) {
        const qsizetype take = std::min<qsizetype>(data.size(), m_header.chunkSize - m_plain.size());
        m_plain.append(data.first(take));
        data = data.sliced(take);
        // A full chunk is never the last one: the final chunk is always shorter (maybe empty).
        if (m_plain.size() == m_header.chunkSize) {
            if (DbError e = sealChunk(m_plain, false); e.isError())
                return e;
            m_plain.clear();
        }
    }
    return {};
}

DbError BackupWriter::finish()
{
    if (!m_file)
        return writeFailed();
    if (DbError e = sealChunk(m_plain, true); e.isError())
        return e;
    BackupCrypto::wipe(m_plain);
    const bool ok = m_file->commit();
    const QString name = m_file->fileName();
    m_file.reset();
    if (!ok)
        return DbError::make(DbError::Kind::Io, QCoreApplication::translate("BackupWriter", "The backup file cannot be written."),
                             {}, {}, name);
    return {};
}

void BackupWriter::cancel()
{
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
    BackupCrypto::wipe(m_plain);
}

DbError BackupWriter::sealChunk(QByteArrayView plain, bool final)
{
    if (!BackupCrypto::seal(m_payloadKey.bytes(), BackupCrypto::chunkNonce(m_counter, final), m_aad, plain, m_sealed))
        return DbError::make(DbError::Kind::Io, QCoreApplication::translate("BackupWriter", "Encryption failed."));
    ++m_counter;
    if (m_file->write(m_sealed) != m_sealed.size())
        return writeFailed();
    return {};
}

DbError BackupWriter::writeFailed() const
{
    return DbError::make(DbError::Kind::Io, QCoreApplication::translate("BackupWriter", "The backup file cannot be written."),
                         m_file ? m_file->errorString() : QString(), {}, m_file ? m_file->fileName() : QString());
}
