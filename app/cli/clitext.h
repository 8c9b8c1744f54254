#pragma once

#include "db/dberror.h"

#include <QString>
#include <QStringList>

// Text for the terminal, shared by zhiqiao-cli's commands. Widths count terminal columns, not
// characters: a CJK character takes two, so translated table headers and names still line up.
namespace CliText {

int charWidth(char32_t c);
int displayWidth(const QString &text);
// Pads with spaces after (padRight) or before (padLeft) the text to `width` columns; a longer
// text is returned whole, as QString::leftJustified does.
QString padRight(const QString &text, int width);
QString padLeft(const QString &text, int width);

// "usage: LINE1\n       LINE2\n...": the translated word, then the syntax lines (option names
// and placeholders, not translated) aligned under the first one.
QString usage(const QStringList &syntax);
// "error: MESSAGE" and, when the server said more, its text, SQLSTATE and detail on lines below.
QString errorText(const QString &message);
QString errorText(const DbError &e);
// A run's status or phase word as people read it: the identifier stored in the workspace and
// the ledger ("done", "rolled_back", "load" …) in the chosen language; unknown ones unchanged.
QString runWord(const QString &identifier);
// "yes" / "NO" in a table column.
QString yesNo(bool yes);

} // namespace CliText
