#pragma once

#include "db/pgsession.h"
#include "db/result.h"
#include "platform/adapter.h"
#include "recommend/interactions.h"

#include <QList>
#include <QPair>
#include <QString>

#include <functional>

// One connected platform's implicit feedback, read through its catalog-checked adapter and
// aggregated in SQL per (user, item): paid and refunded orders, the furthest progress, events by
// kind. InteractionWeights turns them into strengths. Synchronous; call on the platform's worker
// thread with its own session. Items without any interaction are items too.
namespace PlatformInteractions {

struct Account
{
    QString key;
    QString email;
    QString phone;
};

// `cancelled` is asked between the statements.
Result<Interactions> load(PgSession &session, const Adapter &adapter, const std::function<bool()> &cancelled = {});

// Every user's key, e-mail and phone, for linking people across platforms (IdentityLinker).
Result<QList<Account>> accounts(PgSession &session, const Adapter &adapter);

// Both, for the recommenders of one platform (interactions to train on, accounts to link people).
struct Data
{
    Interactions interactions;
    QList<Account> accounts;
};
Result<Data> loadWithAccounts(PgSession &session, const Adapter &adapter, const std::function<bool()> &cancelled = {});

// Pairs of user keys on A and B that IdentityLinker puts in one group (one per group: the first
// account of each platform).
QList<QPair<QString, QString>> samePeople(const QList<Account> &a, const QList<Account> &b);

} // namespace PlatformInteractions
