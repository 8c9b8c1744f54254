#pragma once

#include "db/pgsession.h"
#include "platform/adapter.h"

// After a load into a table whose key comes from a sequence (serial or identity), moves the
// sequence to the table's largest key, so the next ordinary insert on the target cannot collide
// with a migrated row (pg_get_serial_sequence finds the sequence of both kinds).
namespace TargetSequences {

DbError advance(PgSession &session, const Adapter &target, const QString &entity);

} // namespace TargetSequences
