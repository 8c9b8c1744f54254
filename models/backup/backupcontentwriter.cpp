#include "backup/backupcontentwriter.h"

#include "backup/backupcrypto.h"
#include "backup/backupwriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

BackupContentWriter::BackupContentWriter(BackupWriter &out) : m_out(out) {}

DbError BackupContentWriter::beginTable(const BackupTable &table)
{
    m_tableRows.emplace_back(table.qualifiedName(), 0);
    return record('T', {}, table.toJson());
}

DbError BackupContentWriter::addRow(QByteArrayView copyLine)
{
    if (m_tableRows.empty())
        return DbError::make(DbError::Kind::Other, QCoreApplication::translate("BackupContentWriter", "A row was written before its table."));
    if (copyLine.endsWith('\n'))
        copyLine.chop(1);
    ++m_tableRows.back().second;
    return record('R', BackupCrypto::sha256(copyLine), copyLine);
}

DbError BackupContentWriter::finish()
{
    QJsonArray tables;
    for (const auto &[name, rows] : m_tableRows)
        tables.append(QJsonObject{{QStringLiteral("table"), name}, {QStringLiteral("rows"), rows}});
    const QJsonObject end{{QStringLiteral("tables"), tables},
                          {QStringLiteral("content_sha256"), QString::fromLatin1(m_contentHash.result().toHex())}};
    if (DbError e = record('E', {}, QJsonDocument(end).toJson(QJsonDocument::Compact)); e.isError())
        return e;
    return m_out.finish();
}

DbError BackupContentWriter::record(char type, QByteArrayView head, QByteArrayView body)
{
    const auto n = static_cast<quint32>(head.size() + body.size());
    m_scratch.clear();
    m_scratch.append(type).append(char(n >> 24)).append(char(n >> 16)).append(char(n >> 8)).append(char(n));
    m_scratch.append(head).append(body);
    if (type != 'E')
        m_contentHash.add(m_scratch);
    return m_out.write(m_scratch);
}
