#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// Statement parameters for PgSession: text form, std::nullopt is SQL NULL.
using PgParams = std::vector<std::optional<std::string>>;

// Parameters as libpq wants them: pointers into the caller's strings, NULL for SQL NULL.
inline std::vector<const char *> paramPointers(const PgParams &params)
{
    std::vector<const char *> values;
    values.reserve(params.size());
    for (const auto &p : params)
        values.push_back(p ? p->c_str() : nullptr);
    return values;
}

// A small, fully fetched result in text form (PgSession::execParams). Large results are streamed
// with PgSession::streamQuery instead.
struct PgRows
{
    std::vector<std::string> columns;
    std::vector<std::vector<std::optional<std::string>>> rows;
    std::int64_t affected = 0; // rows touched by INSERT/UPDATE/DELETE/COPY, or rows returned

    int column(const std::string &name) const
    {
        for (std::size_t i = 0; i < columns.size(); ++i)
            if (columns[i] == name)
                return static_cast<int>(i);
        return -1;
    }
    bool empty() const { return rows.empty(); }
    std::size_t size() const { return rows.size(); }
};
