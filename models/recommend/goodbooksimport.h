#pragma once

#include "db/pgsession.h"
#include "db/result.h"

#include <QString>

// Imports goodbooks-10k (GoodbooksReader) into PostgreSQL as two read-only platforms, one
// schema per group: goodbooks_fiction and goodbooks_nonfiction, each with readers, books and
// ratings, read through resources/adapters/goodbooks-{fiction,nonfiction}.json. Every rating is
// kept; the adapters read 4 and 5 stars as 'like' events (the positives) and lower ratings as
// events without a kind, which carry no preference. A reader has the same id and e-mail
// (reader-ID@goodbooks.invalid) on both, so identity resolution links them. goodbooks has no
// dates: joined_at and rated_at are the data set's publication day. Each schema is written in
// one transaction; an existing schema is replaced only when asked.
namespace GoodbooksImport {

struct Summary
{
    int readers[2] = {0, 0}; // fiction, nonfiction
    int books[2] = {0, 0};
    qint64 ratings[2] = {0, 0};
};

Result<Summary> run(PgSession &session, const QString &directory, bool replace);

QString schemaName(bool fiction); // goodbooks_fiction, goodbooks_nonfiction

} // namespace GoodbooksImport
