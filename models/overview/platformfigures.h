#pragma once

#include "db/connectionprofile.h"
#include "db/result.h"

#include <QFuture>
#include <QMap>
#include <QString>

// Rows per canonical entity of one platform, counted in a worker thread on a connection of its
// own, for the Platforms page. The adapter is loaded and checked against the database first.
namespace PlatformFigures {

using Counts = QMap<QString, qlonglong>;

Result<Counts> count(const ConnectionProfile &profile, const QString &password);
QFuture<Result<Counts>> start(const ConnectionProfile &profile, const QString &password);

} // namespace PlatformFigures
