#pragma once

#include "db/pgsession.h"
#include "migration/validationresult.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// The validation report: a JSON document (format "zhiqiao-validation-report", version 1) for
// machines and the workspace run record, and a self-contained HTML page (inline CSS, no
// scripts, every text escaped) for people, in the current UI language.
class MigrationReport
{
    Q_DECLARE_TR_FUNCTIONS(MigrationReport)

public:
    static constexpr int kVersion = 1;

    // Run metadata that lives outside the target's ledger (the workspace run record).
    struct RunInfo
    {
        QString planName;
        QString operatorName;
        QString source;
        QString target;
        QString backupPath;
        QString backupSha256;
    };

    static QJsonObject toJson(const ValidationResult &result, const RunInfo &info);
    static QString toHtml(const ValidationResult &result, const RunInfo &info);

    // RunInfo from the workspace's run record, when there is one (empty fields otherwise).
    static RunInfo runInfo(PgSession &workspace, const QUuid &runId);
    // Stores the JSON report in the workspace run record.
    static DbError store(PgSession &workspace, const QUuid &runId, const QJsonObject &report);
};
