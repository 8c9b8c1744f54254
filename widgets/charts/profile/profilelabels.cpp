#include "charts/profile/profilelabels.h"

#include "core/figureformat.h"
#include "platform/canonicalnames.h"


QString ProfileLabels::eventKind(const QString &kind)
{
    if (kind == QLatin1String("view")) return tr("Views");
    if (kind == QLatin1String("click")) return tr("Clicks");
    if (kind == QLatin1String("play")) return tr("Plays");
    if (kind == QLatin1String("like")) return tr("Likes");
    if (kind == QLatin1String("favourite")) return tr("Favourites");
    if (kind == QLatin1String("comment")) return tr("Comments");
    if (kind == QLatin1String("share")) return tr("Shares");
    if (kind == QLatin1String("search")) return tr("Searches");
    if (kind.isEmpty()) return tr("Other events");
    return kind;
}

QString ProfileLabels::channel(const QString &channel)
{
    // The same words as the profile's tables (one vocabulary, models/platform/canonicalnames).
    return CanonicalNames::channel(channel);
}

QString ProfileLabels::weekday(int weekday)
{
    switch (weekday) {
    case 0: return tr("Monday");
    case 1: return tr("Tuesday");
    case 2: return tr("Wednesday");
    case 3: return tr("Thursday");
    case 4: return tr("Friday");
    case 5: return tr("Saturday");
    case 6: return tr("Sunday");
    }
    return QString();
}

QString ProfileLabels::weekdayShort(int weekday)
{
    switch (weekday) {
    case 0: return tr("Mon");
    case 1: return tr("Tue");
    case 2: return tr("Wed");
    case 3: return tr("Thu");
    case 4: return tr("Fri");
    case 5: return tr("Sat");
    case 6: return tr("Sun");
    }
    return QString();
}

QString ProfileLabels::money(qint64 fen)
{
    return FigureFormat::fen(fen);
}

QString ProfileLabels::count(qint64 value)
{
    return FigureFormat::count(value);
}
