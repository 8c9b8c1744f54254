#include "common/languagemanager.h"

#include "core/appsettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
const char *kLanguageKey = "ui/language";
}

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
    , m_appTranslator(new QTranslator(this))
    , m_qtTranslator(new QTranslator(this))
{
}

QStringList LanguageManager::languages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString LanguageManager::nativeName(const QString &language)
{
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QString LanguageManager::preferred() const
{
    const QString saved = AppSettings::open()->value(QLatin1String(kLanguageKey)).toString();
    if (languages().contains(saved))
        return saved;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

bool LanguageManager::setLanguage(const QString &language)
{
    if (!languages().contains(language))
        return false;
    QCoreApplication::removeTranslator(m_appTranslator);
    QCoreApplication::removeTranslator(m_qtTranslator);
    bool ok = true;
    if (language != QLatin1String("en")) {
        ok = m_appTranslator->load(QStringLiteral(":/i18n/zhiqiao_%1.qm").arg(language));
        if (ok)
            QCoreApplication::installTranslator(m_appTranslator);
        // Qt's own strings (standard buttons, dialogs); absent on minimal installs, which is fine.
        if (m_qtTranslator->load(QStringLiteral("qtbase_%1").arg(language),
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(m_qtTranslator);
    } else {
        // English needs no translator: clearing is enough, and sends LanguageChange too.
        ok = m_appTranslator->load(QStringLiteral(":/i18n/zhiqiao_en.qm"));
        if (ok)
            QCoreApplication::installTranslator(m_appTranslator);
        ok = true;
    }
    m_current = language;
    AppSettings::open()->setValue(QLatin1String(kLanguageKey), language);
    QLocale::setDefault(QLocale(language == QLatin1String("zh_CN") ? QLocale::Chinese : QLocale::English,
                                language == QLatin1String("zh_CN") ? QLocale::China : QLocale::UnitedStates));
    Q_EMIT languageChanged(language);
    return ok;
}
