#include "identity/identitynormalizer.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace IdentityNormalizer {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("IdentityNormalizer", text);
}

Normalized rejected(const char *why)
{
    return {QString(), tr(why)};
}

bool isChineseMobile(const QString &digits)
{
    static const QRegularExpression re(QStringLiteral("^1[3-9][0-9]{9}$"));
    return re.match(digits).hasMatch();
}

bool allDigits(const QString &s)
{
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !s.isEmpty();
}

} // namespace

Normalized email(const QString &raw)
{
    const QString s = raw.normalized(QString::NormalizationForm_KC).trimmed().toCaseFolded();
    if (s.isEmpty())
        return rejected("The e-mail address is empty.");
    for (QChar c : s) {
        if (c.isSpace())
            return rejected("The e-mail address contains a space.");
    }
    const qsizetype at = s.indexOf(QLatin1Char('@'));
    if (at <= 0 || at != s.lastIndexOf(QLatin1Char('@')))
        return rejected("The e-mail address needs exactly one @ with a name before it.");
    const QString domain = s.mid(at + 1);
    const qsizetype dot = domain.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0 || dot == domain.size() - 1 || domain.contains(QLatin1String("..")))
        return rejected("The e-mail address has no valid domain after the @.");
    return {s, QString()};
}

Normalized phone(const QString &raw, const QString &defaultRegion)
{
    QString s = raw.normalized(QString::NormalizationForm_KC).trimmed();
    if (s.isEmpty())
        return rejected("The phone number is empty.");
    static const QRegularExpression separators(QStringLiteral("[\\s\\-\\.\\(\\)/]"));
    s.remove(separators);

    bool international = false;
    if (s.startsWith(QLatin1Char('+'))) {
        international = true;
        s.remove(0, 1);
    } else if (s.startsWith(QLatin1String("00"))) {
        international = true;
        s.remove(0, 2);
    }
    if (!allDigits(s))
        return rejected("The phone number contains characters other than digits.");

    if (international) {
        if (s.startsWith(QLatin1String("86"))) {
            QString national = s.mid(2);
            if (national.startsWith(QLatin1Char('0'))) // "+86 010 …" written with the trunk 0
                national.remove(0, 1);
            if (national.size() < 7 || national.size() > 11)
                return rejected("The phone number has the wrong length for China (+86).");
            return {QStringLiteral("+86") + national, QString()};
        }
        if (s.size() < 8 || s.size() > 15 || s.startsWith(QLatin1Char('0')))
            return rejected("The international phone number has an invalid length.");
        return {QLatin1Char('+') + s, QString()};
    }

    if (defaultRegion != QLatin1String("CN"))
        return rejected("Only China (CN) is supported as the default region for phone numbers.");
    if (s.size() == 13 && s.startsWith(QLatin1String("86")) && isChineseMobile(s.mid(2)))
        return {QLatin1Char('+') + s, QString()};
    if (isChineseMobile(s))
        return {QStringLiteral("+86") + s, QString()};
    if (s.startsWith(QLatin1Char('0')) && s.size() >= 10 && s.size() <= 12) // landline with area code
        return {QStringLiteral("+86") + s.mid(1), QString()};
    return rejected("The phone number is not a valid Chinese mobile or landline number.");
}

} // namespace IdentityNormalizer
