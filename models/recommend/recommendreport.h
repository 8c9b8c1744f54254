#pragma once

#include "recommend/ialsmodel.h"
#include "recommend/offlineevaluation.h"

#include <QByteArray>
#include <QString>

#include <optional>

// An evaluation as people read it (a text table, for the terminal and the clipboard) and as
// programs read it (JSON, for --json and the GUI's export): what was evaluated, with which
// options, and the tables.
namespace RecommendReport {

struct Document
{
    QString source; // cold start: the platform people come from
    QString target; // the platform recommended on
    QString holdoutFile;
    unsigned seed = 1;
    IalsModel::Options ials;
    std::int64_t sourceEntries = 0;
    std::optional<OfflineEvaluation::Report> inPlatform;
    std::optional<OfflineEvaluation::Report> coldStart;
};

QString toText(const Document &doc);
QByteArray toJson(const Document &doc);

} // namespace RecommendReport
