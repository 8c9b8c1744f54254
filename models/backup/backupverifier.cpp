#include "backup/backupverifier.h"

#include "backup/backupcontentreader.h"
#include "backup/backupreader.h"

namespace BackupVerifier {

Result<BackupSummary> verify(const QString &path, const BackupSecret &secret)
{
    BackupReader reader;
    if (DbError e = reader.open(path); e.isError())
        return e;
    if (DbError e = reader.unlock(secret); e.isError())
        return e;
    return verify(reader);
}

Result<BackupSummary> verify(BackupReader &reader)
{
    BackupContentReader content(reader);
    for (;;) {
        Result<BackupItem> item = content.next();
        if (!item)
            return item.error();
        if (item->kind == BackupItem::Kind::End)
            break;
    }
    BackupSummary summary;
    summary.header = reader.header();
    summary.tableRows = content.tableRows();
    for (const auto &entry : summary.tableRows)
        summary.totalRows += entry.second;
    summary.chunks = reader.chunksRead();
    summary.contentHash = content.contentHash();
    return summary;
}

} // namespace BackupVerifier
