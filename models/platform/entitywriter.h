#pragma once

#include "db/result.h"
#include "platform/adapter.h"
#include "platform/canonicalrecord.h"
#include "platform/entityreader.h"

#include <QStringList>
#include <QVariantMap>

#include <pqxx/transaction_base>

// Writes one canonical record through an adapter's write section. Migration (a later issue)
// drives this inside its batch transaction; here it exists so write sections are real.
namespace EntityWriter {

// INSERT for one canonical record: SQL with $n placeholders and the parameters in order.
// Parameters are canonical values rendered as text; conversions happen in SQL.
Result<ParamStatement> insertStatement(const Adapter &adapter, const QString &entity,
                                       const QVariantMap &record);
Result<ParamStatement> insertStatement(const Adapter &adapter, const CanonicalRecord &record);

// Runs insertStatement in `tx`; returns the main target's `returning` values.
Result<QStringList> insert(pqxx::transaction_base &tx, const Adapter &adapter, const QString &entity,
                           const QVariantMap &record);

// Columns of `target` whose canonical field the record carries. Absent fields are left out of an
// INSERT so the column's default applies; present-but-null fields are written as NULL.
QList<const AdapterWriteColumn *> presentColumns(const AdapterWriteTarget &target, const CanonicalRecord &record);

// Canonical value -> parameter text (timestamps ISO 8601 UTC, booleans true/false).
std::optional<std::string> parameterText(const QVariant &value);
std::optional<std::string> parameterText(const CanonicalValue &value);
// The same into `out` as COPY text (escaped, NULL as \N): the bulk writer's staging rows.
void appendCopyText(std::string &out, const CanonicalValue &value);

} // namespace EntityWriter
