#pragma once

#include "migration/migrationplan.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantMap>

// Decides what happens to a source user on the target: created, merged into the target user who
// is the same person (normalised e-mail or phone, IdentityNormalizer), skipped, or held for a
// person to decide when the evidence points at two different target users. Never merges on
// ambiguous evidence, whatever the plan's conflict policy says.
class UserMatcher
{
public:
    struct Decision
    {
        enum class Kind { Created, Merged, Skipped, Conflict, Failed };
        Kind kind = Kind::Created;
        QString targetKey;     // Merged/Skipped: the existing target user
        QStringList evidence;  // normalised identifiers that matched ("email:…", "phone:+86…")
        QStringList candidates; // Conflict: the target users that matched, sorted
        QString reasonCode;    // Conflict: identity_conflict; Failed: user_exists
        QString reason;        // plain words, translated
    };

    // Index one canonical target user record (user_key, email, phone as stored).
    void addTargetUser(const QVariantMap &targetUser);
    int targetUserCount() const { return m_targetUsers; }

    Decision match(const QVariantMap &sourceUser, ConflictPolicy policy) const;

    // "email:<normalised>" / "phone:<E.164>" of a canonical user record; invalid ones left out.
    static QStringList identifiers(const QVariantMap &user);

private:
    QHash<QString, QStringList> m_byIdentifier; // identifier -> target user keys
    int m_targetUsers = 0;
};
