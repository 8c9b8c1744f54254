#include "platform/canonicalnames.h"

#include <QCoreApplication>

namespace CanonicalNames {
namespace {

struct Name
{
    const char *value;
    const char *words;
};

QString lookup(const QString &value, std::initializer_list<Name> names)
{
    if (value.isEmpty())
        return QCoreApplication::translate("CanonicalNames", "Unknown");
    for (const Name &n : names)
        if (value == QLatin1String(n.value))
            return QCoreApplication::translate("CanonicalNames", n.words);
    return value;
}

} // namespace

QString channel(const QString &v)
{
    return lookup(v, {{"pc", QT_TRANSLATE_NOOP("CanonicalNames", "PC")},
                      {"h5", QT_TRANSLATE_NOOP("CanonicalNames", "H5 (web)")},
                      {"ios", QT_TRANSLATE_NOOP("CanonicalNames", "iOS")},
                      {"android", QT_TRANSLATE_NOOP("CanonicalNames", "Android")}});
}

QString eventKind(const QString &v)
{
    return lookup(v, {{"view", QT_TRANSLATE_NOOP("CanonicalNames", "View")},
                      {"click", QT_TRANSLATE_NOOP("CanonicalNames", "Click")},
                      {"play", QT_TRANSLATE_NOOP("CanonicalNames", "Play")},
                      {"like", QT_TRANSLATE_NOOP("CanonicalNames", "Like")},
                      {"favourite", QT_TRANSLATE_NOOP("CanonicalNames", "Favourite")},
                      {"comment", QT_TRANSLATE_NOOP("CanonicalNames", "Comment")},
                      {"share", QT_TRANSLATE_NOOP("CanonicalNames", "Share")},
                      {"search", QT_TRANSLATE_NOOP("CanonicalNames", "Search")}});
}

QString orderStatus(const QString &v)
{
    return lookup(v, {{"paid", QT_TRANSLATE_NOOP("CanonicalNames", "Paid")},
                      {"refunded", QT_TRANSLATE_NOOP("CanonicalNames", "Refunded")}});
}

QString consentPurpose(const QString &v)
{
    return lookup(v, {{"migration", QT_TRANSLATE_NOOP("CanonicalNames", "Migration")},
                      {"sharing", QT_TRANSLATE_NOOP("CanonicalNames", "Sharing")},
                      {"recommendation", QT_TRANSLATE_NOOP("CanonicalNames", "Recommendation")}});
}

QString tier(const QString &v)
{
    return lookup(v, {{"monthly", QT_TRANSLATE_NOOP("CanonicalNames", "Monthly")},
                      {"yearly", QT_TRANSLATE_NOOP("CanonicalNames", "Yearly")},
                      {"premium", QT_TRANSLATE_NOOP("CanonicalNames", "Premium")}});
}

QString itemKind(const QString &v)
{
    return lookup(v, {{"course", QT_TRANSLATE_NOOP("CanonicalNames", "Course")},
                      {"column", QT_TRANSLATE_NOOP("CanonicalNames", "Column")},
                      {"audiobook", QT_TRANSLATE_NOOP("CanonicalNames", "Audiobook")},
                      {"ebook", QT_TRANSLATE_NOOP("CanonicalNames", "E-book")},
                      {"live", QT_TRANSLATE_NOOP("CanonicalNames", "Live")}});
}

} // namespace CanonicalNames
