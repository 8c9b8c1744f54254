#pragma once

#include "db/connectionprofile.h"
#include "db/pgsession.h"
#include "db/result.h"
#include "platform/adapter.h"

#include <QString>

#include <memory>
#include <string>

// One platform opened for reading on the calling thread: a libpq session and the adapter checked
// against the live catalog (which fills the column types the SQL casts rely on). For headless
// readers: zhiqiao-cli, benchmarks, tests. The catalog check uses a libpqxx connection of its own,
// closed before open() returns. The GUI's long-lived workers (PlatformWorker) keep their own.
struct AdapterSession
{
    std::unique_ptr<PgSession> session;
    Adapter adapter;

    static Result<AdapterSession> open(const std::string &conninfo, const QString &adapterPath);
    static Result<AdapterSession> open(const ConnectionProfile &profile, const QString &password);
};
