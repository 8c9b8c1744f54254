#pragma once

#include <QString>

// The canonical vocabularies (channel, event kind, order status, consent purpose, membership
// tier, item kind) in words for people, translated (context "CanonicalNames"). An unknown value
// is returned as it is; an empty one as "unknown".
namespace CanonicalNames {

QString channel(const QString &value);
QString eventKind(const QString &value);
QString orderStatus(const QString &value);
QString consentPurpose(const QString &value);
QString tier(const QString &value);
QString itemKind(const QString &value);

} // namespace CanonicalNames
