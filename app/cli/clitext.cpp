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
