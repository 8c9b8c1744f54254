#pragma once

#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <functional>

// Personal data is shown masked (138****1234, z***@example.com, 张*). Seeing it unmasked is an
// explicit action on one person and goes through PersonalData::reveal(), the one place the
// governance area audits: every reveal is recorded (who, when, which person, which fields, why)
// and handed to the audit sink when one is installed.
namespace PersonalData {

QString maskPhone(const QString &raw);
QString maskEmail(const QString &raw);
QString maskName(const QString &raw);

// One reveal, as recorded.
struct Reveal
{
    QDateTime at;          // UTC
    QString operatorName;  // the OS account running Zhiqiao
    QString person;        // what identifies the person in the view, e.g. "dedao:42, ximalaya:…"
    QStringList fields;    // "name", "email", "phone"
    QString reason;        // what the operator said (may be empty)
};

// Records the reveal and returns true: the caller may then show the unmasked values. Returns
// false (nothing shown) when an installed sink refuses to record it.
bool reveal(const QString &person, const QStringList &fields, const QString &reason = {});

// Reveals of this session, oldest first.
QList<Reveal> sessionReveals();

// The governance area installs where reveals are kept; a sink returning false vetoes the reveal.
using Sink = std::function<bool(const Reveal &)>;
void setSink(Sink sink);

} // namespace PersonalData
