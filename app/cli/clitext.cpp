#include "clitext.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CliText", text);
}

// Run statuses (workspace and ledger) and progress phases, written by models/migration. The
// identifiers are the English words, so English output stays what scripts already read.
struct RunWord
{
    const char *source;
    const char *comment;
};
const RunWord kRunWords[] = {
    QT_TRANSLATE_NOOP3("CliText", "created", "run status or progress phase"),
    QT_TRANSLATE_NOOP3("CliText", "running", "run status or progress phase"),
    QT_TRANSLATE_NOOP3("CliText", "done", "run status or progress phase"),
    QT_TRANSLATE_NOOP3("CliText", "failed", "run status or progress phase"),
    QT_TRANSLATE_NOOP3("CliText", "cancelled", "run status or progress phase"),
    QT_TRANSLATE_NOOP3("CliText", "refused", "run status or progress phase"),
    QT_TRANSLATE_NOOP3("CliText", "dry-run", "run status or progress phase"),
    QT_TRANSLATE_NOOP3("CliText", "prepare", "run status or progress phase"),
    QT_TRANSLATE_NOOP3("CliText", "backup", "run status or progress phase"),
    QT_TRANSLATE_NOOP3("CliText", "load", "run status or progress phase"),
    QT_TRANSLATE_NOOP3("CliText", "accounting", "run status or progress phase"),
    QT_TRANSLATE_NOOP3("CliText", "retry", "run status or progress phase"),
    QT_TRANSLATE_NOOP3("CliText", "rolling_back", "run status or progress phase"),
    QT_TRANSLATE_NOOP3("CliText", "rolled_back", "run status or progress phase"),
    QT_TRANSLATE_NOOP3("CliText", "rollback", "run status or progress phase"),
    QT_TRANSLATE_NOOP3("CliText", "rollback-check", "run status or progress phase"),
    QT_TRANSLATE_NOOP3("CliText", "rollback-delete", "run status or progress phase"),
    QT_TRANSLATE_NOOP3("CliText", "rollback-restore", "run status or progress phase"),
    QT_TRANSLATE_NOOP3("CliText", "rollback-prove", "run status or progress phase"),
    QT_TRANSLATE_NOOP3("CliText", "rollback-cancelled", "run status or progress phase"),
    QT_TRANSLATE_NOOP3("CliText", "rollback-failed", "run status or progress phase"),
};
} // namespace

namespace CliText {

QString usage(const QStringList &syntax)
{
    const QString word = tr("usage: ");
    const QString indent(displayWidth(word), QLatin1Char(' '));
    QString out;
    for (qsizetype i = 0; i < syntax.size(); ++i)
        out += (i == 0 ? word : indent) + syntax.at(i) + QLatin1Char('\n');
    return out;
}

QString errorText(const QString &message)
{
    return tr("error: %1").arg(message);
}

QString errorText(const DbError &e)
{
    QString out = errorText(e.message);
    if (!e.serverText.isEmpty()) {
        out += QStringLiteral("\n  ") + tr("server: %1").arg(e.serverText.trimmed());
        if (!e.sqlState.isEmpty())
            out += QStringLiteral(" [%1]").arg(e.sqlState);
    }
    if (!e.detail.isEmpty())
        out += QStringLiteral("\n  ") + tr("detail: %1").arg(e.detail);
    return out;
}

QString runWord(const QString &identifier)
{
    for (const RunWord &word : kRunWords) {
        if (identifier == QLatin1String(word.source))
            return QCoreApplication::translate("CliText", word.source, word.comment);
    }
    return identifier;
}

QString yesNo(bool yes)
{
    return yes ? tr("yes") : tr("NO");
}

} // namespace CliText
