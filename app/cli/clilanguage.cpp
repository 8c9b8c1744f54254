#include "clilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <optional>

QStringList CliLanguage::languages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString CliLanguage::normalized(const QString &name)
{
    // Lenient about the spellings people and locales use (zh-CN, zh_CN.UTF-8), strict about the
    // language itself: only the two Zhiqiao ships.
    const QString n = name.trimmed().section(QLatin1Char('.'), 0, 0).toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (n == QLatin1String("en") || n.startsWith(QLatin1String("en_")))
        return QStringLiteral("en");
    if (n == QLatin1String("zh") || n == QLatin1String("zh_cn") || n == QLatin1String("zh_hans")
        || n == QLatin1String("zh_hans_cn"))
        return QStringLiteral("zh_CN");
    return {};
}

CliLanguage CliLanguage::choose(QStringList &args, const QString &variable, const QLocale &system)
{
    std::optional<QString> option; // the last one counts
    bool missingValue = false;
    const QString name = QLatin1String(kOption);
    while (!args.isEmpty()) {
        if (args.first() == name) {
            if (args.size() < 2) {
                args.removeFirst();
                missingValue = true;
                break;
            }
            option = args.at(1);
            args.remove(0, 2);
        } else if (args.first().startsWith(name + QLatin1Char('='))) {
            option = args.first().mid(name.size() + 1);
            args.removeFirst();
        } else {
            break;
        }
    }

    CliLanguage choice;
    // Without a usable option, the variable and then the system decide; that choice also gives
    // the language of the option's problem message.
    const QString fromVariable = normalized(variable);
    if (!fromVariable.isEmpty())
        choice.m_language = fromVariable;
    else
        choice.m_language = system.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");

    if (missingValue) {
        choice.m_problem = Problem::MissingValue;
    } else if (option) {
        const QString fromOption = normalized(*option);
        if (fromOption.isEmpty()) {
            choice.m_problem = Problem::BadOption;
            choice.m_given = *option;
        } else {
            choice.m_language = fromOption; // a bad variable does not matter then
        }
    } else if (fromVariable.isEmpty() && !variable.trimmed().isEmpty()) {
        choice.m_problem = Problem::BadVariable;
        choice.m_given = variable;
    }
    return choice;
}

CliLanguage CliLanguage::choose(QStringList &args)
{
    return choose(args, qEnvironmentVariable(kVariable), QLocale::system());
}

QString CliLanguage::problemText() const
{
    const QString known = languages().join(QStringLiteral(", "));
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::MissingValue:
        return QCoreApplication::translate("CliLanguage", "--language needs a value: %1.").arg(known);
    case Problem::BadOption:
        return QCoreApplication::translate("CliLanguage", "--language: unknown language \"%1\"; use one of: %2.")
            .arg(m_given, known);
    case Problem::BadVariable:
        return QCoreApplication::translate("CliLanguage", "%1: unknown language \"%2\" (use one of: %3); it is ignored.")
            .arg(QLatin1String(kVariable), m_given, known);
    }
    return {};
}

bool CliLanguage::install() const
{
    if (m_language == QLatin1String("en"))
        return true;
    QCoreApplication *app = QCoreApplication::instance();
    auto *zhiqiao = new QTranslator(app);
    const bool ok = zhiqiao->load(QStringLiteral(":/i18n/zhiqiao_%1.qm").arg(m_language));
    if (ok)
        QCoreApplication::installTranslator(zhiqiao);
    // Qt's own strings; absent on minimal installs, which only leaves them in English.
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(m_language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return ok;
}
