#include "identity/identitydecisions.h"

#include <algorithm>
#include <tuple>

QString IdentityDecision::accountId(const QString &platform, const QString &key)
{
    return platform + QLatin1Char(':') + key;
}

IdentityDecision IdentityDecision::make(const QString &account1, const QString &account2, Verdict verdict,
                                        const QString &shared)
{
    IdentityDecision d;
    d.accountA = std::min(account1, account2);
    d.accountB = std::max(account1, account2);
    d.verdict = verdict;
    d.shared = shared;
    return d;
}

QString IdentityDecision::verdictCode(Verdict v)
{
    switch (v) {
    case Verdict::Link: return QStringLiteral("link");
    case Verdict::KeepApart: return QStringLiteral("apart");
    case Verdict::Undecided: break;
    }
    return QStringLiteral("undecided");
}

bool IdentityDecision::verdictFromCode(const QString &code, Verdict *v)
{
    for (Verdict candidate : {Verdict::Undecided, Verdict::Link, Verdict::KeepApart}) {
        if (code == verdictCode(candidate)) {
            *v = candidate;
            return true;
        }
    }
    return false;
}

QString IdentityDecisions::pairKey(const QString &account1, const QString &account2)
{
    return std::min(account1, account2) + QChar(0x1f) + std::max(account1, account2);
}

void IdentityDecisions::apply(const IdentityDecision &d)
{
    const QString key = pairKey(d.accountA, d.accountB);
    if (d.verdict == IdentityDecision::Verdict::Undecided)
        m_byPair.remove(key);
    else
        m_byPair.insert(key, d);
}

IdentityDecision::Verdict IdentityDecisions::verdict(const QString &account1, const QString &account2) const
{
    return decision(account1, account2).verdict;
}

IdentityDecision IdentityDecisions::decision(const QString &account1, const QString &account2) const
{
    auto it = m_byPair.constFind(pairKey(account1, account2));
    return it != m_byPair.constEnd() ? *it
                                     : IdentityDecision::make(account1, account2, IdentityDecision::Verdict::Undecided, {});
}

QList<IdentityDecision> IdentityDecisions::all() const
{
    QList<IdentityDecision> out = m_byPair.values();
    std::sort(out.begin(), out.end(), [](const IdentityDecision &x, const IdentityDecision &y) {
        return std::tie(x.accountA, x.accountB) < std::tie(y.accountA, y.accountB);
    });
    return out;
}
