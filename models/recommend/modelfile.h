#pragma once

#include "db/result.h"
#include "recommend/ialsmodel.h"

#include <QByteArray>
#include <QString>

// A trained iALS model on disk: magic "ZQRECMDL", format version, model kind, the options it was
// trained with, the user and item keys its rows belong to, the two factor matrices, and a SHA-256
// of all of that. Written through a temporary file and renamed, so a crash never leaves half a
// model under the name. Loading refuses another version, another kind, a wrong checksum or a
// truncated file, saying which.
namespace ModelFile {

constexpr quint32 kVersion = 1;

QByteArray toBytes(const IalsModel &model);
Result<IalsModel> fromBytes(const QByteArray &bytes);

Result<bool> save(const IalsModel &model, const QString &path);
Result<IalsModel> load(const QString &path);

} // namespace ModelFile
