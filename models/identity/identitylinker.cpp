#include "identity/identitylinker.h"

#include "identity/identitynormalizer.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>
#include <tuple>
#include <vector>

int IdentityLinker::add(const Account &account)
{
    const auto email = IdentityNormalizer::email(account.email);
    const auto phone = IdentityNormalizer::phone(account.phone);
    m_accounts.append(account);
    m_emails.append(email.value);
    m_phones.append(phone.value);
    return int(m_accounts.size()) - 1;
}

QStringList IdentityLinker::identifiers(int i) const
{
    QStringList ids;
    if (!m_emails[i].isEmpty())
        ids << QStringLiteral("email:") + m_emails[i];
    if (!m_phones[i].isEmpty())
        ids << QStringLiteral("phone:") + m_phones[i];
    return ids;
}

QString IdentityLinker::decisionId(int i) const
{
    return IdentityDecision::accountId(m_accounts[i].platform, m_accounts[i].key);
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

    QHash<QString, QList<int>> holders; // identifier -> accounts holding it, in order
    for (int i = 0; i < n; ++i) {
        if (!m_emails[i].isEmpty())
            holders[QStringLiteral("email:") + m_emails[i]].append(i);
        if (!m_phones[i].isEmpty())
            holders[QStringLiteral("phone:") + m_phones[i]].append(i);
    }

    auto unite = [&](int a, int b) {
        const int ra = root(a), rb = root(b);
        if (ra != rb)
            parent[size_t(std::max(ra, rb))] = std::min(ra, rb);
    };
    QList<Conflict> conflicts, decided;
    QSet<std::pair<int, int>> decidedPairs;
    // A pair the rules would link (or flag, when `conflict`): a person's decision comes first.
    auto consider = [&](int a, int b, const QString &shared, const QString &differing, bool conflict) {
        const IdentityDecision d = m_decisions.isEmpty() ? IdentityDecision() : m_decisions.decision(decisionId(a), decisionId(b));
        if (d.verdict == IdentityDecision::Verdict::Undecided) {
            if (conflict)
                conflicts.append({a, b, shared, differing, d});
            else
                unite(a, b);
            return;
        }
        if (d.verdict == IdentityDecision::Verdict::Link)
            unite(a, b);
        if (!decidedPairs.contains({a, b})) {
            decidedPairs.insert({a, b});
            decided.append({a, b, shared, conflict ? differing : QString(), d});
        }
    };
    for (auto it = holders.constBegin(); it != holders.constEnd(); ++it) {
        const QList<int> &h = it.value();
        if (h.size() < 2)
            continue;
        const bool byEmail = it.key().startsWith(QLatin1String("email:"));
        const QList<QString> &other = byEmail ? m_phones : m_emails;
        const QString differing = byEmail ? QStringLiteral("phone") : QStringLiteral("email");
        if (h.size() > kMaxHolders) {
            consider(h[0], h[1], it.key(), QStringLiteral("holders"), true);
            continue;
        }
        for (int x = 1; x < h.size(); ++x) {
            for (int y = 0; y < x; ++y) {
                const int a = h[y], b = h[x];
                consider(a, b, it.key(), differing, !other[a].isEmpty() && !other[b].isEmpty() && other[a] != other[b]);
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
    }
    // Evidence: identifiers two accounts of the same group hold.
    for (auto it = holders.constBegin(); it != holders.constEnd(); ++it) {
        QHash<int, int> perGroup;
        for (int a : it.value())
            ++perGroup[groupOfRoot.value(root(a))];
        for (auto g = perGroup.constBegin(); g != perGroup.constEnd(); ++g)
            if (g.value() > 1)
                result[g.key()].evidence.append(it.key());
    }
    auto byPair = [](const Conflict &x, const Conflict &y) { return std::tie(x.a, x.b, x.shared) < std::tie(y.a, y.b, y.shared); };
    std::sort(conflicts.begin(), conflicts.end(), byPair);
    std::sort(decided.begin(), decided.end(), byPair);
    for (const Conflict &c : conflicts) {
        const int ga = groupOfRoot.value(root(c.a)), gb = groupOfRoot.value(root(c.b));
        result[ga].conflicts.append(c);
        if (gb != ga)
            result[gb].conflicts.append(c);
    }
    for (const Conflict &c : decided) {
        const int ga = groupOfRoot.value(root(c.a)), gb = groupOfRoot.value(root(c.b));
        result[ga].decided.append(c);
        if (gb != ga)
            result[gb].decided.append(c);
    }
    QList<Group> out;
    for (Group &g : result) {
        if (!includeSingles && g.accounts.size() < 2 && g.conflicts.isEmpty() && g.decided.isEmpty())
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
