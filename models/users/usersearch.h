#pragma once

#include "db/result.h"
#include "users/platformworker.h"
#include "users/profiledata.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <string>

// The users area's search box on one platform: a user id, an e-mail, a phone in any written form
// (+86, 0086, spaces, dashes, full-width digits) or the start of a name. The database narrows the
// candidates through indexed expressions (the demo schemas index exactly these, see
// resources/demo/indexes.sql); IdentityNormalizer then decides, so a match here is a match in
// identity resolution and in migration. Synchronous: runs as a PlatformWorker job.
namespace UserSearch {

struct Query
{
    QString text;       // as typed, trimmed
    QString email;      // normalised, when the text is a valid e-mail
    QString phone;      // E.164, when the text is a valid phone number
    QString namePrefix; // when the text is neither e-mail nor phone
    QString key;        // tried as a user id on every platform

    static Query parse(const QString &text);
    bool isEmpty() const { return text.isEmpty(); }
};

enum Match { ById = 1, ByEmail = 2, ByPhone = 4, ByName = 8, ByLink = 16 };

struct Hit
{
    Profile::AccountRef account;
    QString name;  // raw: mask before showing
    QString email;
    QString phone;
    QDateTime registeredAt;
    QString channel;
    int matchedBy = 0; // Match flags; ByLink: found through another account's identifier
};

// What the candidate filter compares; the demo indexes are on these same expressions.
std::string emailKeyExpression(const std::string &column);
std::string phoneTailExpression(const std::string &column);
QString phoneTail(const QString &e164); // last 8 digits

// Accounts matching the query, at most `limit`, best matches first. `truncated` tells whether
// more accounts may match than were returned.
Result<QList<Hit>> search(PlatformWorker::Context &c, const Query &query, int limit = 50, bool *truncated = nullptr);
// Accounts holding any of these normalised e-mails or E.164 phones (identity resolution).
Result<QList<Hit>> accountsWith(PlatformWorker::Context &c, const QStringList &emails, const QStringList &phones,
                                int limit = 200);

} // namespace UserSearch
