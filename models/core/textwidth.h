#pragma once

#include <QString>

// Widths of text in terminal columns, where a CJK character takes two: for tables printed as
// text (zhiqiao-cli, and reports exported as text) whose Chinese headers and names must line up.
namespace TextWidth {

int charWidth(char32_t c);
int displayWidth(const QString &text);
// Pads with spaces after (padRight) or before (padLeft) the text to `width` columns; a longer
// text is returned whole, as QString::leftJustified does.
QString padRight(const QString &text, int width);
QString padLeft(const QString &text, int width);

} // namespace TextWidth
