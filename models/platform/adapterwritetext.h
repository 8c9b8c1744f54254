#pragma once

#include "platform/adapter.h"
#include "platform/canonicalrecord.h"

#include <optional>
#include <string>
#include <string_view>

// The adapter's write conversions done in C++, for loading with COPY straight into the target
// table: the text a column receives is the text of the value AdapterSql::writeExpression
// computes in SQL for the same canonical value (the record-by-record writer, which stays the
// reference: tests/integration/tst_entitybulkwriter.cpp compares the two on the demo schemas).
// Only combinations whose SQL result is known exactly are supported; for the others (a date
// column, a domain, an enum type, a fraction of a minute) the caller writes through SQL.
namespace AdapterWriteText {

// Whether column values for this write column can be produced here.
bool supports(const AdapterWriteColumn &column, const CanonicalField &field);

// The column's value as COPY text input (unescaped), or none for NULL; false when this value
// cannot be converted here after all (then write through SQL).
bool value(const AdapterWriteColumn &column, const CanonicalField &field, const CanonicalValue &v,
           std::optional<std::string> &out);

// round(x * 10^shift) to an integer, half away from zero, for decimal text x ("12.345",
// "-0.5", "1.25e-05"); none when x is not a decimal number. Exact: no floating point.
std::optional<std::string> scaledRound(std::string_view decimal, int shift);

} // namespace AdapterWriteText
