#include "recommend/interactionweights.h"

#include <algorithm>
#include <cmath>

namespace InteractionWeights {

float progress(double fraction)
{
    if (!std::isfinite(fraction))
        return 0;
    return kProgress * float(std::clamp(fraction, 0.0, 1.0));
}

Interactions::Signal progressSignal(double fraction)
{
    return fraction >= kFinished ? Interactions::Signal::Finished : Interactions::Signal::Started;
}

float event(const QString &kind)
{
    if (kind == QLatin1String("favourite"))
        return 2.0f;
    if (kind == QLatin1String("like") || kind == QLatin1String("share"))
        return 1.5f;
    if (kind == QLatin1String("comment") || kind == QLatin1String("play"))
        return 1.0f;
    if (kind == QLatin1String("click"))
        return 0.3f;
    if (kind == QLatin1String("view"))
        return 0.2f;
    return 0;
}

Interactions::Signal eventSignal(const QString &kind)
{
    if (kind == QLatin1String("favourite"))
        return Interactions::Signal::Favourited;
    if (kind == QLatin1String("like") || kind == QLatin1String("share") || kind == QLatin1String("comment"))
        return Interactions::Signal::Liked;
    if (kind == QLatin1String("play"))
        return Interactions::Signal::Listened;
    return Interactions::Signal::Viewed;
}

} // namespace InteractionWeights
