#include "recommend/recommendreason.h"

#include <QCoreApplication>

namespace RecommendReason {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RecommendReason", text);
}
} // namespace

QString quoted(const QString &title)
{
    // Chinese titles often carry their own 《》.
    if (title.startsWith(QChar(0x300A)) || title.startsWith(QChar(0x201C)) || title.startsWith(QLatin1Char('"')))
        return title;
    return tr("“%1”").arg(title);
}

QString becauseOf(Interactions::Signal signal, const QString &rawTitle)
{
    const QString title = quoted(rawTitle);
    switch (signal) {
    case Interactions::Signal::Finished:
        return tr("Because you finished %1").arg(title);
    case Interactions::Signal::Bought:
        return tr("Because you bought %1").arg(title);
    case Interactions::Signal::Rated:
        return tr("Because you rated %1 highly").arg(title);
    case Interactions::Signal::Favourited:
        return tr("Because you saved %1").arg(title);
    case Interactions::Signal::Liked:
        return tr("Because you liked %1").arg(title);
    case Interactions::Signal::Listened:
        return tr("Because you listened to %1").arg(title);
    case Interactions::Signal::Started:
        return tr("Because you started %1").arg(title);
    case Interactions::Signal::Viewed:
        break;
    }
    return tr("Because you looked at %1").arg(title);
}

QString popular(const QString &platform, int people)
{
    return QCoreApplication::translate("RecommendReason", "Popular on %1: %n people have it", nullptr, people).arg(platform);
}

QString interest(const QString &category, double share)
{
    return tr("Matches your interest in %1 (%2% of what you do)").arg(category).arg(qRound(100 * share));
}

QString peopleLikeYou(const QString &category, const QString &sourcePlatform)
{
    return tr("Popular in %1 among people like you on %2").arg(category, sourcePlatform);
}

QString carriedInterest(const QString &category, const QString &sourcePlatform)
{
    return tr("You like %1 on %2").arg(category, sourcePlatform);
}

QString topCategory(const QString &path)
{
    if (path.isEmpty())
        return QStringLiteral("—");
    return path.section(QLatin1Char('/'), 0, 0);
}

QString signalName(Interactions::Signal signal)
{
    switch (signal) {
    case Interactions::Signal::Finished:
        return tr("finished");
    case Interactions::Signal::Bought:
        return tr("bought");
    case Interactions::Signal::Rated:
        return tr("rated highly");
    case Interactions::Signal::Favourited:
        return tr("saved");
    case Interactions::Signal::Liked:
        return tr("liked");
    case Interactions::Signal::Listened:
        return tr("listened");
    case Interactions::Signal::Started:
        return tr("started");
    case Interactions::Signal::Viewed:
        break;
    }
    return tr("looked at");
}

} // namespace RecommendReason
