#include "identity/identitylinker.h"

#include "identity/identitynormalizer.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>
#include <vector>

int IdentityLinker::add(const Account &account)
{
    QStringList ids;
    const auto email = IdentityNormalizer::email(account.email);
    if (email.isValid())
        ids << QStringLiteral("email:") + email.value;
    const auto phone = IdentityNormalizer::phone(account.phone);
    if (phone.isValid())
        ids << QStringLiteral("phone:") + phone.value;
    m_accounts.append(account);
    m_identifiers.append(ids);
    return int(m_accounts.size()) - 1;
}

QList<IdentityLinker::Group> IdentityLinker::groups(bool includeSingles) const
{
    const int n = int(m_accounts.size());
    std::vector<int> parent(static_cast<size_t>(n));
    std::iota(parent.begin(), parent.end(), 0);
    auto root = [&parent](int i) {
        while (parent[size_t(i)] != i) {
            parent[size_t(i)] = parent[size_t(parent[size_t(i)])];
            i = parent[size_t(i)];
        }
        return i;
    };

    QHash<QString, int> firstHolder;
    QHash<QString, int> holders;
    for (int i = 0; i < n; ++i) {
        for (const QString &id : m_identifiers[i]) {
            ++holders[id];
            auto it = firstHolder.constFind(id);
            if (it == firstHolder.constEnd()) {
                firstHolder.insert(id, i);
            } else {
                const int a = root(i), b = root(*it);
                if (a != b)
                    parent[size_t(std::max(a, b))] = std::min(a, b);
            }
        }
    }

    QHash<int, int> groupOfRoot;
    QList<Group> result;
    for (int i = 0; i < n; ++i) {
        const int r = root(i);
        auto it = groupOfRoot.constFind(r);
        if (it == groupOfRoot.constEnd()) {
            it = groupOfRoot.insert(r, int(result.size()));
            result.append(Group());
        }
        Group &g = result[*it];
        g.accounts.append(i);
        if (!g.platforms.contains(m_accounts[i].platform))
            g.platforms.append(m_accounts[i].platform);
        for (const QString &id : m_identifiers[i]) {
            if (holders.value(id) > 1 && !g.evidence.contains(id))
                g.evidence.append(id);
        }
    }
    QList<Group> out;
    for (Group &g : result) {
        if (!includeSingles && g.accounts.size() < 2)
            continue;
        g.platforms.sort();
        g.evidence.sort();
        out.append(g);
    }
    return out;
}

int IdentityLinker::overlap(const QString &platformA, const QString &platformB) const
{
    int count = 0;
    for (const Group &g : groups(false)) {
        if (g.platforms.contains(platformA) && g.platforms.contains(platformB))
            ++count;
    }
    return count;
}
