#pragma once

#include "identity/identitydecisions.h"

#include <QList>
#include <QString>
#include <QStringList>

// Links accounts that belong to one person, across and within platforms, by normalised e-mail or
// phone (IdentityNormalizer). Accounts sharing an identifier end up in one group (union-find);
// the evidence says which identifiers joined them. Two accounts that share one identifier but
// both have a different valid value of the other (one phone, two e-mails) are a conflict: they
// are not linked, and the conflict is reported in both accounts' groups for a person to decide.
// A person's decisions (setDecisions) then link such a pair, or keep apart two accounts the
// rules would link; decided pairs are reported apart from the open conflicts.
// Used for platform overlap and for identity groups in the users area.
class IdentityLinker
{
public:
    struct Account
    {
        QString platform;
        QString key;   // the account's canonical user key on that platform
        QString email; // raw, as stored
        QString phone; // raw, as stored
    };

    // Two accounts that share `shared` but differ in `differing` ("email" or "phone").
    struct Conflict
    {
        int a = -1; // indexes into accounts()
        int b = -1;
        QString shared;    // e.g. "phone:+8613800138000"
        QString differing; // "email", "phone", or "holders" (held by more than kMaxHolders accounts)
        IdentityDecision decision; // a decided pair's verdict, who and when; Undecided for open conflicts
    };

    struct Group
    {
        QList<int> accounts;   // indexes into accounts()
        QStringList evidence;  // normalised identifiers shared by two or more accounts of the group
        QStringList platforms; // distinct platforms, sorted
        QList<Conflict> conflicts; // involving an account of this group; empty = nothing to decide
        QList<Conflict> decided;   // pairs of this group's accounts a person has decided on
    };

    // An identifier held by more accounts than this (a shared office phone, a placeholder
    // address) links nobody: it is reported as a conflict of its first holders instead.
    static constexpr int kMaxHolders = 20;

    // Returns the account's index.
    int add(const Account &account);
    void setDecisions(const IdentityDecisions &decisions) { m_decisions = decisions; }
    // The name decisions use for account `i` (IdentityDecision::accountId).
    QString decisionId(int i) const;
    // The normalised identifiers of account `i`: "email:…", "phone:…" (those that are valid).
    QStringList identifiers(int i) const;
    const QList<Account> &accounts() const { return m_accounts; }

    // Groups of two or more accounts, or all groups with `includeSingles`.
    QList<Group> groups(bool includeSingles = false) const;

    // Number of people (groups) present on both platforms.
    int overlap(const QString &platformA, const QString &platformB) const;

private:
    QList<Account> m_accounts;
    QList<QString> m_emails; // per account: normalised e-mail, or empty
    QList<QString> m_phones; // per account: E.164 phone, or empty
    IdentityDecisions m_decisions;
};
