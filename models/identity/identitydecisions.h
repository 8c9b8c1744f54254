#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

// What a person decided about two accounts that IdentityLinker would not link on its own (a
// conflict: one phone, two e-mails) or would link wrongly: the same person (link them) or two
// people (keep them apart). Decisions are kept in the workspace, append-only, so who decided what
// and when stays on record; the latest decision on a pair counts, and "undecided" withdraws one.
// An account is named "platform:key", the platform being the connection's name as the users area
// shows it.
struct IdentityDecision
{
    enum class Verdict { Undecided, Link, KeepApart };

    QString accountA; // accountA < accountB
    QString accountB;
    Verdict verdict = Verdict::Undecided;
    QString shared;       // the identifier the two accounts share ("phone:+86…"), for the record
    QString operatorName; // stamped when recorded
    QDateTime decidedAt;  // stamped when recorded

    static QString accountId(const QString &platform, const QString &key);
    // The pair in canonical order.
    static IdentityDecision make(const QString &account1, const QString &account2, Verdict verdict, const QString &shared);
    static QString verdictCode(Verdict v); // "undecided", "link", "apart"
    static bool verdictFromCode(const QString &code, Verdict *v);
};

class IdentityDecisions
{
public:
    // Later decisions on the same pair replace earlier ones.
    void apply(const IdentityDecision &d);
    IdentityDecision::Verdict verdict(const QString &account1, const QString &account2) const;
    // The decision on the pair, or one with verdict Undecided.
    IdentityDecision decision(const QString &account1, const QString &account2) const;
    QList<IdentityDecision> all() const; // those with a verdict, sorted by pair
    bool isEmpty() const { return m_byPair.isEmpty(); }

private:
    static QString pairKey(const QString &account1, const QString &account2);
    QHash<QString, IdentityDecision> m_byPair;
};
