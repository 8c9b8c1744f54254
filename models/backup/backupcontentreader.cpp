#include "backup/backupcontentreader.h"

#include "backup/backupcrypto.h"
#include "backup/backupreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
// A row larger than this is refused rather than buffered (PostgreSQL's own limit is 1 GB).
constexpr quint32 kMaxRecord = 256u * 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("BackupContentReader", text);
}
} // namespace

BackupContentReader::BackupContentReader(BackupReader &in) : m_in(in) {}

DbError BackupContentReader::need(qsizetype bytes)
{
    if (m_pos > 0 && m_pos >= m_buffer.size() / 2) { // keep the buffer about one chunk long
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    while (m_buffer.size() - m_pos < bytes) {
        if (m_in.atEnd())
            return invalid(tr("The backup's content ends in the middle of a record."));
        Result<QByteArray> chunk = m_in.nextChunk();
        if (!chunk)
            return chunk.error();
        m_buffer.append(*chunk);
    }
    return {};
}

Result<BackupItem> BackupContentReader::next()
{
    if (m_ended)
        return invalid(tr("The backup's content has already ended."));
    if (DbError e = need(5); e.isError())
        return e;
    const auto *p = reinterpret_cast<const uchar *>(m_buffer.constData() + m_pos);
    const char type = static_cast<char>(p[0]);
    const quint32 length = (quint32(p[1]) << 24) | (quint32(p[2]) << 16) | (quint32(p[3]) << 8) | quint32(p[4]);
    if (length > kMaxRecord)
        return invalid(tr("The backup's content holds a record that is too large."));
    if (DbError e = need(5 + qsizetype(length)); e.isError())
        return e;
    const QByteArrayView record(m_buffer.constData() + m_pos, 5 + qsizetype(length));
    const QByteArrayView body = record.sliced(5);
    m_pos += record.size();

    if (type == 'E')
        return checkEnd(body.toByteArray());
    m_hash.add(record);
    BackupItem item;
    if (type == 'T') {
        Result<BackupTable> table = BackupTable::fromJson(body.toByteArray());
        if (!table)
            return table.error();
        m_table = *table;
        m_inTable = true;
        m_tableRows.emplace_back(m_table.qualifiedName(), 0);
        item.kind = BackupItem::Kind::Table;
        item.table = m_table;
        return item;
    }
    if (type != 'R')
        return invalid(tr("The backup's content holds a record of an unknown kind."));
    if (!m_inTable || body.size() < BackupCrypto::kKeySize)
        return invalid(tr("The backup's content holds a row outside any table."));
    item.kind = BackupItem::Kind::Row;
    item.table = m_table;
    item.rowHash = body.first(BackupCrypto::kKeySize).toByteArray();
    item.row = body.sliced(BackupCrypto::kKeySize).toByteArray();
    const qint64 number = ++m_tableRows.back().second;
    if (BackupCrypto::sha256(item.row) != item.rowHash)
        return DbError::make(DbError::Kind::Io, tr("Row %1 of table %2 does not match its hash.").arg(number).arg(m_table.qualifiedName()));
    return item;
}

Result<BackupItem> BackupContentReader::checkEnd(const QByteArray &body)
{
    m_contentHash = m_hash.result();
    const QJsonObject end = QJsonDocument::fromJson(body).object();
    if (end.value(QStringLiteral("content_sha256")).toString().toLatin1() != m_contentHash.toHex())
        return invalid(tr("The backup's content does not match its content hash."));
    const QJsonArray tables = end.value(QStringLiteral("tables")).toArray();
    bool countsMatch = tables.size() == qsizetype(m_tableRows.size());
    for (qsizetype i = 0; countsMatch && i < tables.size(); ++i) {
        const QJsonObject t = tables.at(i).toObject();
        countsMatch = t.value(QStringLiteral("table")).toString() == m_tableRows[size_t(i)].first
            && t.value(QStringLiteral("rows")).toInteger(-1) == m_tableRows[size_t(i)].second;
    }
    if (!countsMatch)
        return invalid(tr("The backup's row counts do not match its end record."));
    // Nothing may follow the end record, neither in this chunk nor in a further one.
    while (m_pos == m_buffer.size() && !m_in.atEnd()) {
        Result<QByteArray> chunk = m_in.nextChunk();
        if (!chunk)
            return chunk.error();
        m_buffer = *chunk;
        m_pos = 0;
    }
    if (m_pos != m_buffer.size() || !m_in.atEnd())
        return invalid(tr("The backup's content has data after its end record."));
    m_ended = true;
    return BackupItem{};
}

DbError BackupContentReader::invalid(const QString &message) const
{
    return DbError::make(DbError::Kind::Io, message);
}
