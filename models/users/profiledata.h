#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <array>

// What the users area shows of one account, as plain values: filled by ProfileLoader (SQL, on a
// worker thread), drawn by the profile widgets. Money is in fen (1/100 yuan) so sums are exact.
// Days and hours are in the time zone the loader was given (the operator's), weekdays Monday = 0.
namespace Profile {

// One account on one connected platform.
struct AccountRef
{
    QString connectionId; // ConnectionProfile::id
    QString platform;     // label shown: the connection's name
    QString userKey;      // canonical user key on that platform

    bool operator==(const AccountRef &o) const { return connectionId == o.connectionId && userKey == o.userKey; }
};

struct Membership
{
    QString plan; // platform's own code
    QString tier; // canonical tier (monthly, yearly, premium) or empty
    QDateTime startsAt;
    QDateTime expiresAt;
};

struct Consent
{
    QString purpose; // migration, sharing, recommendation
    bool granted = false;
    QDateTime updatedAt;
    QString evidence;
};

struct Facts
{
    QString name;  // raw, unmasked: widgets mask through PersonalData
    QString email;
    QString phone;
    QDateTime registeredAt;
    QString channel;
    bool active = true;
    QList<Membership> memberships;
    QList<Consent> consents;
};

struct Purchase
{
    QString orderKey;
    QString orderNo;
    QString itemKey;
    QString itemTitle;
    QString category; // category path, may be empty
    QString channel;
    QString status;   // paid, refunded
    qint64 amountFen = 0;
    qint64 refundFen = 0;
    QDateTime orderedAt;
    QDateTime refundedAt;
};

struct ProgressRow
{
    QString itemKey;
    QString itemTitle;
    double fraction = 0;  // share completed (may exceed 1 on dirty data)
    qint64 seconds = -1;  // -1 when the platform does not count seconds
    QDateTime updatedAt;
};

// Events of one kind on one day (behaviour timeline).
struct DayKindCount
{
    QDate day;
    QString kind;
    qint64 count = 0;
};

// Interactions (events on an item, and orders) in one top-level category on one day: the steps
// of the decayed interest profile.
struct DayCategoryCount
{
    QDate day;
    QString category; // top-level category name (first level of the path)
    qint64 count = 0;
};

struct ChannelCount
{
    QString channel; // pc, h5, ios, android, or empty for unknown
    qint64 events = 0;
    qint64 orders = 0;
};

// Events per weekday (Monday = 0) and hour of day.
using Heatmap = std::array<std::array<qint64, 24>, 7>;

struct Totals
{
    int orders = 0;
    int refunds = 0;
    qint64 paidFen = 0;
    qint64 refundedFen = 0;
    qint64 netFen() const { return paidFen - refundedFen; }
};

struct AccountProfile
{
    AccountRef account;
    Facts facts;
    QList<Purchase> purchases;      // newest first
    Totals totals;
    QList<ProgressRow> progress;    // most recent first
    qint64 eventCount = 0;
    QList<DayKindCount> timeline;   // ordered by day
    QList<DayCategoryCount> interestSteps; // ordered by day
    QList<ChannelCount> channels;
    Heatmap heatmap{};
};

} // namespace Profile

Q_DECLARE_METATYPE(Profile::AccountProfile)
