#pragma once

#include "core/textwidth.h"
#include "db/dberror.h"

#include <QString>
#include <QStringList>

// Text for the terminal, shared by zhiqiao-cli's commands. Widths count terminal columns, not
// characters: a CJK character takes two, so translated table headers and names still line up.
namespace CliText {

// Terminal widths live in models/ (core/textwidth.h): reports exported as text use them too.
using TextWidth::charWidth;
using TextWidth::displayWidth;
using TextWidth::padLeft;
using TextWidth::padRight;

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
