#pragma once

#include <QObject>
#include <QStringList>

class QTranslator;

// Loads Zhiqiao's and Qt's own translations and switches them at runtime. Widgets retranslate
// themselves on QEvent::LanguageChange, which QCoreApplication sends when translators change.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);

    // "en" or "zh_CN".
    static QStringList languages();
    // The language's own name ("English", "简体中文"), never translated.
    static QString nativeName(const QString &language);

    QString current() const { return m_current; }
    // The saved choice, else the system language when it is Chinese, else English.
    QString preferred() const;
    bool setLanguage(const QString &language);

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    QString m_current;
    QTranslator *m_appTranslator = nullptr;
    QTranslator *m_qtTranslator = nullptr;
};
