#include "core/textwidth.h"

#include <QList>
#include <QtGlobal>

namespace TextWidth {

int charWidth(char32_t c)
{
    // East Asian wide and fullwidth ranges (Hangul, CJK, fullwidth forms); enough for the
    // languages Zhiqiao speaks and the names its platforms hold.
    const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
    return wide ? 2 : 1;
}

int displayWidth(const QString &text)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += charWidth(c);
    return width;
}

QString padRight(const QString &text, int width)
{
    return text + QString(qMax(0, width - displayWidth(text)), QLatin1Char(' '));
}

QString padLeft(const QString &text, int width)
{
    return QString(qMax(0, width - displayWidth(text)), QLatin1Char(' ')) + text;
}

} // namespace TextWidth
