#pragma once

#include "db/pgsession.h"
#include "db/result.h"
#include "platform/adapter.h"
#include "platform/canonicalrecord.h"

#include <QSet>
#include <QString>
#include <QStringList>

// Records whose key is made of their owner and something else (progress: user and item;
// consent: user and purpose) may already be on the target when the person is: a merged user
// has her own consents there. Such a record is linked to the target's (ledger outcome merged,
// the target's record kept) instead of failing the target's primary key.
namespace TargetRecordKeys {

// The canonical key fields of a composite-key record joined by U+001F: how the ledger names it.
QString compositeKey(const CanonicalRecord &record);

// Whether `entity` has such a key (its first key field is user_key and there are more).
bool applies(const QString &entity);

// The composite keys of the target's records of `entity` owned by these target users.
Result<QSet<QString>> existing(PgSession &session, const Adapter &target, const QString &entity,
                               const QStringList &targetUsers);

} // namespace TargetRecordKeys
