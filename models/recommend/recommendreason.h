#pragma once

#include "recommend/interactions.h"

#include <QString>

// The reason shown with a recommendation, in words (translated): "Because you finished
// 《…》", "Popular in 商业 among people like you on 得到".
namespace RecommendReason {

// A title in quotes (“…” in English, 《…》 in Chinese) unless it brings its own 《》.
QString quoted(const QString &title);
// "Because you finished “title”", by the strongest signal of the history entry.
QString becauseOf(Interactions::Signal signal, const QString &title);
QString popular(const QString &platform, int people);
QString interest(const QString &category, double share);
QString peopleLikeYou(const QString &category, const QString &sourcePlatform);
QString carriedInterest(const QString &category, const QString &sourcePlatform);
// The first level of a category path ("商业/管理" -> "商业"); "—" when empty.
QString topCategory(const QString &path);
// The signal in a word, for the history table ("finished", "bought" …).
QString signalName(Interactions::Signal signal);

} // namespace RecommendReason
