#include "recommend/platforminteractions.h"

#include "identity/identitylinker.h"
#include "platform/adaptersql.h"
#include "platform/canonicalquery.h"
#include "recommend/interactionweights.h"

#include <QCoreApplication>
#include <QHash>

#include <cstdlib>
#include <string>

namespace PlatformInteractions {

namespace {

QString text(const PgSession::Row &row, int column)
{
    const std::string_view v = row.view(column);
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

DbError cancelledError()
{
    return DbError::make(DbError::Kind::Cancelled, QCoreApplication::translate("PlatformInteractions", "Loading was cancelled."));
}

// Finds or adds the user; the item must be known (orders of unknown items are dirty data).
struct Indexer
{
    Interactions &data;
    QHash<QString, int> users;

    int user(const QString &key)
    {
        auto found = users.constFind(key);
        if (found == users.constEnd())
            found = users.insert(key, data.addUser(key));
        return *found;
    }
};

} // namespace

Result<Interactions> load(PgSession &session, const Adapter &adapter, const std::function<bool()> &cancelled)
{
    Interactions data;
    {
        AdapterSql p;
        CanonicalQuery items(adapter, QStringLiteral("item"));
        const std::string sql = "SELECT item_key, title, category_path FROM ("
                + items.sql(p, {QStringLiteral("item_key"), QStringLiteral("title"), QStringLiteral("category_path")})
                + ") i ORDER BY item_key";
        auto r = session.streamQuery(sql, p.takeParams(), [&](const PgSession::Row &row) {
            data.addItem({text(row, 0), text(row, 1), text(row, 2)});
            return true;
        });
        if (!r.ok())
            return r.error();
    }
    Indexer index{data, {}};
    // Pairs with a refund are removed at the end; their other signals go with them.
    QSet<QPair<int, int>> refunded;
    auto step = [&](const QString &entity, const std::string &select, const QStringList &fields,
                    const std::function<void(const PgSession::Row &, int user, int item)> &onRow) -> DbError {
        if (cancelled && cancelled())
            return cancelledError();
        CanonicalQuery q(adapter, entity);
        if (!q.isValid())
            return {};
        AdapterSql p;
        const std::string sql = select + " FROM (" + q.sql(p, fields) + ") x WHERE user_key IS NOT NULL AND item_key IS NOT NULL GROUP BY 1, 2"
                + (fields.contains(QStringLiteral("kind")) ? ", 3" : "");
        auto r = session.streamQuery(sql, p.takeParams(), [&](const PgSession::Row &row) {
            const int item = data.itemIndex(text(row, 1));
            if (item >= 0)
                onRow(row, index.user(text(row, 0)), item);
            return true;
        });
        return r.ok() ? DbError{} : r.error();
    };
    DbError e = step(QStringLiteral("order"),
                     "SELECT user_key, item_key, count(*) FILTER (WHERE status = 'paid' AND refunded_at IS NULL AND refund_amount IS NULL),"
                     " bool_or(status = 'refunded' OR refunded_at IS NOT NULL OR refund_amount IS NOT NULL)",
                     {QStringLiteral("user_key"), QStringLiteral("item_key"), QStringLiteral("status"),
                      QStringLiteral("refunded_at"), QStringLiteral("refund_amount")},
                     [&](const PgSession::Row &row, int user, int item) {
                         if (row.view(3) == "t") {
                             refunded.insert({user, item});
                             return;
                         }
                         const int paid = std::atoi(std::string(row.view(2)).c_str());
                         data.add(user, item, InteractionWeights::kPaidOrder * float(paid), Interactions::Signal::Bought);
                     });
    if (!e.isError())
        e = step(QStringLiteral("progress"), "SELECT user_key, item_key, max(fraction)",
                 {QStringLiteral("user_key"), QStringLiteral("item_key"), QStringLiteral("fraction")},
                 [&](const PgSession::Row &row, int user, int item) {
                     const double f = std::strtod(std::string(row.view(2)).c_str(), nullptr);
                     data.add(user, item, InteractionWeights::progress(f), InteractionWeights::progressSignal(f));
                 });
    if (!e.isError())
        e = step(QStringLiteral("event"), "SELECT user_key, item_key, kind, count(*)",
                 {QStringLiteral("user_key"), QStringLiteral("item_key"), QStringLiteral("kind")},
                 [&](const PgSession::Row &row, int user, int item) {
                     const QString kind = text(row, 2);
                     const double n = std::strtod(std::string(row.view(3)).c_str(), nullptr);
                     data.add(user, item, InteractionWeights::event(kind) * float(n), InteractionWeights::eventSignal(kind));
                 });
    if (e.isError())
        return e;
    if (cancelled && cancelled())
        return cancelledError();
    if (!refunded.isEmpty())
        data.remove([&](int user, int item) { return refunded.contains({user, item}); });
    data.finish();
    // Accounts whose every record said nothing (a refund, a one-star rating) are not users here.
    std::vector<int> keep;
    for (int u = 0; u < data.userCount(); ++u)
        if (data.byUser().length(u) > 0)
            keep.push_back(u);
    if (int(keep.size()) < data.userCount())
        return data.withUsers(keep);
    return data;
}

Result<QList<Account>> accounts(PgSession &session, const Adapter &adapter)
{
    AdapterSql p;
    CanonicalQuery users(adapter, QStringLiteral("user"));
    const std::string sql = "SELECT user_key, email, phone FROM ("
            + users.sql(p, {QStringLiteral("user_key"), QStringLiteral("email"), QStringLiteral("phone")}) + ") u";
    QList<Account> out;
    auto r = session.streamQuery(sql, p.takeParams(), [&](const PgSession::Row &row) {
        out.append({text(row, 0), text(row, 1), text(row, 2)});
        return true;
    });
    if (!r.ok())
        return r.error();
    return out;
}

Result<Data> loadWithAccounts(PgSession &session, const Adapter &adapter, const std::function<bool()> &cancelled)
{
    auto data = load(session, adapter, cancelled);
    if (!data.ok())
        return data.error();
    auto people = accounts(session, adapter);
    if (!people.ok())
        return people.error();
    return Data{std::move(*data), std::move(*people)};
}

QList<QPair<QString, QString>> samePeople(const QList<Account> &a, const QList<Account> &b)
{
    IdentityLinker linker;
    const QString pa = QStringLiteral("a");
    const QString pb = QStringLiteral("b");
    for (const Account &x : a)
        linker.add({pa, x.key, x.email, x.phone});
    for (const Account &x : b)
        linker.add({pb, x.key, x.email, x.phone});
    QList<QPair<QString, QString>> pairs;
    const auto &all = linker.accounts();
    for (const IdentityLinker::Group &g : linker.groups()) {
        QString ka, kb;
        for (int i : g.accounts) {
            if (all[i].platform == pa && ka.isEmpty())
                ka = all[i].key;
            else if (all[i].platform == pb && kb.isEmpty())
                kb = all[i].key;
        }
        if (!ka.isEmpty() && !kb.isEmpty())
            pairs.append({ka, kb});
    }
    return pairs;
}

} // namespace PlatformInteractions
