#include "users/person.h"

#include <QHash>

#include <algorithm>

namespace {

template <class F>
QString first(const QList<UserSearch::Hit> &accounts, F field)
{
    for (const UserSearch::Hit &h : accounts)
        if (!field(h).trimmed().isEmpty())
            return field(h);
    return {};
}

} // namespace

QString Person::name() const { return first(accounts, [](const UserSearch::Hit &h) { return h.name; }); }
QString Person::email() const { return first(accounts, [](const UserSearch::Hit &h) { return h.email; }); }
QString Person::phone() const { return first(accounts, [](const UserSearch::Hit &h) { return h.phone; }); }

QString Person::describe() const
{
    QStringList parts;
    for (const UserSearch::Hit &h : accounts)
        parts << h.account.platform + QLatin1Char(':') + h.account.userKey;
    return parts.join(QStringLiteral(", "));
}

QList<Profile::AccountRef> Person::refs() const
{
    QList<Profile::AccountRef> out;
    for (const UserSearch::Hit &h : accounts)
        out.append(h.account);
    return out;
}

QList<Person> Person::fromHits(const QList<UserSearch::Hit> &hits, const IdentityDecisions &decisions)
{
    // One entry per account; match flags of repeated hits add up.
    QList<UserSearch::Hit> unique;
    QHash<QString, int> seen;
    for (const UserSearch::Hit &h : hits) {
        const QString id = h.account.connectionId + QChar(0x1f) + h.account.userKey;
        auto it = seen.constFind(id);
        if (it != seen.constEnd()) {
            unique[*it].matchedBy |= h.matchedBy;
            continue;
        }
        seen.insert(id, int(unique.size()));
        unique.append(h);
    }
    IdentityLinker linker;
    linker.setDecisions(decisions);
    for (const UserSearch::Hit &h : unique)
        linker.add({h.account.platform, h.account.userKey, h.email, h.phone});

    QList<Person> people;
    for (const IdentityLinker::Group &g : linker.groups(true)) {
        Person p;
        for (int i : g.accounts) {
            p.accounts.append(unique[i]);
            p.matchedBy |= unique[i].matchedBy & ~UserSearch::ByLink;
        }
        p.evidence = g.evidence;
        p.platforms = g.platforms;
        for (const IdentityLinker::Conflict &c : g.conflicts)
            p.conflicts.append({unique[c.a], unique[c.b], c.shared, c.differing, c.decision});
        for (const IdentityLinker::Conflict &c : g.decided)
            p.decided.append({unique[c.a], unique[c.b], c.shared, c.differing, c.decision});
        if (p.matchedBy == 0)
            continue; // found only through an identifier, and not linked to a search match
        people.append(p);
    }
    std::stable_sort(people.begin(), people.end(), [](const Person &a, const Person &b) {
        const int exact = UserSearch::ById | UserSearch::ByEmail | UserSearch::ByPhone;
        return (a.matchedBy & exact) > (b.matchedBy & exact);
    });
    return people;
}

QList<Person::Question> Person::questions(const QList<Person::Conflict> &pairs)
{
    auto id = [](const UserSearch::Hit &h) { return IdentityDecision::accountId(h.account.platform, h.account.userKey); };
    // Pairs with the same identifier and, for decided ones, the same verdict belong together.
    QList<QList<Person::Conflict>> bundles;
    QHash<QString, int> bundleOf;
    for (const Person::Conflict &c : pairs) {
        const QString key = c.shared + QChar(0x1f) + IdentityDecision::verdictCode(c.decision.verdict);
        auto it = bundleOf.constFind(key);
        if (it == bundleOf.constEnd()) {
            it = bundleOf.insert(key, int(bundles.size()));
            bundles.append(QList<Person::Conflict>());
        }
        bundles[*it].append(c);
    }
    QList<Question> out;
    for (const QList<Person::Conflict> &bundle : bundles) {
        // The account found in every pair of the bundle, if any: the one the question is about.
        QHash<QString, int> seen;
        for (const Person::Conflict &c : bundle) {
            ++seen[id(c.a)];
            if (id(c.b) != id(c.a))
                ++seen[id(c.b)];
        }
        QString hub;
        if (bundle.size() > 1)
            for (const Person::Conflict &c : bundle)
                for (const UserSearch::Hit *h : {&c.b, &c.a})
                    if (hub.isEmpty() && seen.value(id(*h)) == bundle.size())
                        hub = id(*h);
        if (bundle.size() > 1 && hub.isEmpty()) {
            for (const Person::Conflict &c : bundle)
                out.append(Question{{c}, c.b, {c.a}});
            continue;
        }
        Question q;
        q.pairs = bundle;
        if (bundle.size() == 1) {
            q.hub = bundle[0].b;
            q.others = {bundle[0].a};
        } else {
            for (const Person::Conflict &c : bundle) {
                const bool aIsHub = id(c.a) == hub;
                q.hub = aIsHub ? c.a : c.b;
                q.others.append(aIsHub ? c.b : c.a);
            }
        }
        out.append(q);
    }
    return out;
}
