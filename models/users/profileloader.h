#pragma once

#include "db/result.h"
#include "users/platformworker.h"
#include "users/profiledata.h"

#include <QString>

// Reads everything the profile view shows of one account, aggregated in SQL through the
// platform's adapter (CanonicalQuery): facts, memberships, consents, purchases with refunds,
// progress per item, and the behaviour aggregates (events per day and kind, weekday x hour,
// channel, category per day) in one pass over the account's events. Synchronous: a
// PlatformWorker job. `timeZone` is an IANA name (days and hours are counted in it).
namespace ProfileLoader {

Result<Profile::AccountProfile> load(PlatformWorker::Context &c, const QString &userKey, const QString &timeZone);

// Just the events' aggregates part, for tests and the benchmark.
DbError loadBehaviour(PlatformWorker::Context &c, const QString &userKey, const QString &timeZone,
                      Profile::AccountProfile &out);

} // namespace ProfileLoader
