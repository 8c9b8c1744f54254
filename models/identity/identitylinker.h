#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Links accounts that belong to one person, across and within platforms, by normalised e-mail or
// phone (IdentityNormalizer). Accounts sharing any identifier end up in one group (union-find);
// the evidence says which identifiers joined them. Used for platform overlap now and for identity
// groups in the users area.
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

    struct Group
    {
        QList<int> accounts;   // indexes into accounts()
        QStringList evidence;  // normalised identifiers shared by two or more accounts
        QStringList platforms; // distinct platforms, sorted
    };

    // Returns the account's index.
    int add(const Account &account);
    const QList<Account> &accounts() const { return m_accounts; }

    // Groups of two or more accounts, or all groups with `includeSingles`.
    QList<Group> groups(bool includeSingles = false) const;

    // Number of people (groups) present on both platforms.
    int overlap(const QString &platformA, const QString &platformB) const;

private:
    QList<Account> m_accounts;
    QList<QStringList> m_identifiers; // per account: normalised "email:…" / "phone:…"
};
