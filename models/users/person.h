#pragma once

#include "identity/identitylinker.h"
#include "users/usersearch.h"

#include <QList>
#include <QString>
#include <QStringList>

// One person as the users area shows them: the accounts of an identity group across the
// connected platforms, the identifiers that link them (evidence) and the conflicts a person must
// decide (IdentityLinker's rules: a conflict is never merged).
struct Person
{
    struct Conflict
    {
        UserSearch::Hit a; // the two accounts; one may belong to another person
        UserSearch::Hit b;
        QString shared;    // "phone:+86…" or "email:…"
        QString differing; // "email", "phone", or "holders" (identifier held by too many accounts);
                           // empty for a pair kept apart that the rules would have linked
        IdentityDecision decision; // decided pairs: the verdict, who and when
    };

    // One thing to decide: pairs sharing one identifier and, when there are several, one account
    // (ximalaya …02 shares 张伟's phone with both his accounts: one question, two pairs).
    struct Question
    {
        QList<Conflict> pairs;
        UserSearch::Hit hub;           // the account in every pair (pairs.size() > 1), else pairs[0].b
        QList<UserSearch::Hit> others; // the accounts paired with the hub
    };

    QList<UserSearch::Hit> accounts;
    QStringList evidence;   // normalised identifiers shared by two or more accounts
    QStringList platforms;  // platform labels, sorted
    QList<Conflict> conflicts; // open: a person has to decide
    QList<Conflict> decided;   // decided: linked or kept apart by a person
    int matchedBy = 0;      // UserSearch::Match flags of the accounts the search itself found

    QString name() const;   // first non-empty account name (raw)
    QString email() const;  // first non-empty e-mail (raw)
    QString phone() const;  // first non-empty phone (raw)
    QString describe() const; // "platform:key, ..." for audit records
    QList<Profile::AccountRef> refs() const;

    // Groups hits (search results and the accounts found through their identifiers) into people,
    // the search's own matches first. A hit found on two rounds counts once. The decisions
    // link or keep apart the pairs they name.
    // Conflicts (or decided pairs) as the questions a person answers; decided pairs with the
    // same verdict group alike.
    static QList<Question> questions(const QList<Conflict> &pairs);

    static QList<Person> fromHits(const QList<UserSearch::Hit> &hits, const IdentityDecisions &decisions = {});
};
