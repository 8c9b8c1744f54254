#include "users/personaldata.h"

#include <QLoggingCategory>
#include <QMutexLocker>


Q_LOGGING_CATEGORY(lcReveal, "zhiqiao.personaldata")

namespace PersonalData {
namespace {

struct State
{
    QMutex mutex;
    QList<Reveal> reveals;
    Sink sink;
};

State &state()
{
    static State s;
    return s;
}

QString stars(qsizetype n)
{
    return QString(qMax<qsizetype>(1, n), QLatin1Char('*'));
}

QString operatorName()
{
    for (const char *var : {"USER", "USERNAME", "LOGNAME"}) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v;
    }
    return QStringLiteral("unknown");
}

} // namespace

QString maskPhone(const QString &raw)
{
    // Keep the first three and last four digits, mask the rest; other characters (+, spaces)
    // are dropped so that the written form does not leak length by grouping.
    QString digits;
    for (QChar c : raw.normalized(QString::NormalizationForm_KC))
        if (c.isDigit())
            digits.append(c);
    if (digits.startsWith(QLatin1String("0086")))
        digits.remove(0, 4);
    else if (digits.size() == 13 && digits.startsWith(QLatin1String("86")))
        digits.remove(0, 2);
    if (digits.isEmpty())
        return raw.trimmed().isEmpty() ? QString() : QStringLiteral("****");
    if (digits.size() <= 7)
        return digits.left(1) + stars(digits.size() - 1);
    return digits.left(3) + stars(digits.size() - 7) + digits.right(4);
}

QString maskEmail(const QString &raw)
{
    const QString s = raw.trimmed();
    if (s.isEmpty())
        return {};
    const qsizetype at = s.lastIndexOf(QLatin1Char('@'));
    if (at <= 0)
        return s.left(1) + QStringLiteral("***");
    return s.left(1) + QStringLiteral("***") + s.mid(at);
}

QString maskName(const QString &raw)
{
    const QString s = raw.trimmed();
    if (s.isEmpty())
        return {};
    // Whole characters (a surrogate pair is one), so a name in CJK Extension B stays intact.
    const qsizetype first = s.at(0).isHighSurrogate() && s.size() > 1 ? 2 : 1;
    const qsizetype rest = s.mid(first).toUcs4().size();
    return s.left(first) + (rest > 0 ? stars(qMin<qsizetype>(rest, 3)) : QString());
}

bool reveal(const QString &person, const QStringList &fields, const QString &reason)
{
    Reveal r{QDateTime::currentDateTimeUtc(), operatorName(), person, fields, reason};
    State &st = state();
    QMutexLocker lock(&st.mutex);
    if (st.sink && !st.sink(r))
        return false;
    st.reveals.append(r);
    qCInfo(lcReveal).noquote() << "reveal" << r.operatorName << r.person << r.fields.join(QLatin1Char(','));
    return true;
}

QList<Reveal> sessionReveals()
{
    QMutexLocker lock(&state().mutex);
    return state().reveals;
}

void setSink(Sink sink)
{
    QMutexLocker lock(&state().mutex);
    state().sink = std::move(sink);
}

} // namespace PersonalData
