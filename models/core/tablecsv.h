#pragma once

#include <QString>

class QAbstractItemModel;

// A table model as CSV (RFC 4180: comma-separated, quoted where needed, CRLF line ends, UTF-8
// with a byte-order mark so spreadsheet programs read Chinese text), exactly as displayed:
// headers, then every row's DisplayRole text. Masked values stay masked.
namespace TableCsv {

QString toCsv(const QAbstractItemModel &model);
// Writes the file; on failure returns false and says why in `error`.
bool write(const QAbstractItemModel &model, const QString &path, QString *error);

} // namespace TableCsv
