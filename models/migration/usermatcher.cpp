#include "migration/usermatcher.h"

#include "identity/identitynormalizer.h"
#include "migration/transformreason.h"

QStringList UserMatcher::identifiers(const QVariantMap &user)
{
    QStringList out;
    const auto email = IdentityNormalizer::email(user.value(QStringLiteral("email")).toString());
    if (email.isValid())
        out.append(QStringLiteral("email:") + email.value);
    const auto phone = IdentityNormalizer::phone(user.value(QStringLiteral("phone")).toString());
    if (phone.isValid())
        out.append(QStringLiteral("phone:") + phone.value);
    return out;
}

void UserMatcher::addTargetUser(const QVariantMap &targetUser)
{
    const QString key = targetUser.value(QStringLiteral("user_key")).toString();
    ++m_targetUsers;
    for (const QString &id : identifiers(targetUser)) {
        QStringList &keys = m_byIdentifier[id];
        if (!keys.contains(key))
            keys.append(key);
    }
}

UserMatcher::Decision UserMatcher::match(const QVariantMap &sourceUser, ConflictPolicy policy) const
{
    Decision d;
    QStringList candidates;
    for (const QString &id : identifiers(sourceUser)) {
        const QStringList keys = m_byIdentifier.value(id);
        if (keys.isEmpty())
            continue;
        d.evidence.append(id);
        for (const QString &k : keys) {
            if (!candidates.contains(k))
                candidates.append(k);
        }
    }
    if (candidates.isEmpty())
        return d; // Created
    candidates.sort();
    d.candidates = candidates;
    if (candidates.size() > 1) {
        // E-mail says one person, phone another (or the target holds duplicates): a person decides.
        d.kind = Decision::Kind::Conflict;
        d.reasonCode = QStringLiteral("identity_conflict");
        d.reason = TransformReason::text(d.reasonCode, QString(), candidates.join(QStringLiteral(", ")));
        return d;
    }
    d.targetKey = candidates.first();
    switch (policy) {
    case ConflictPolicy::LinkAndMerge:
        d.kind = Decision::Kind::Merged;
        break;
    case ConflictPolicy::Skip:
        d.kind = Decision::Kind::Skipped;
        break;
    case ConflictPolicy::Fail:
        d.kind = Decision::Kind::Failed;
        d.reasonCode = QStringLiteral("user_exists");
        d.reason = TransformReason::text(d.reasonCode, QString(), d.targetKey);
        break;
    }
    return d;
}
