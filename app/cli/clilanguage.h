#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

// The language zhiqiao-cli speaks, chosen once before a command runs: the global option
// --language in front of the command name, else the ZHIQIAO_LANGUAGE environment variable, else
// the system locale (Chinese gives zh_CN), else English. The GUI keeps its own choice in its
// settings (LanguageManager); the command line never reads or changes it.
class CliLanguage
{
public:
    enum class Problem {
        None,
        MissingValue, // --language at the end, without a value
        BadOption,    // --language names a language Zhiqiao does not have: the command stops
        BadVariable,  // so does ZHIQIAO_LANGUAGE: only a warning, the system locale decides
    };

    static constexpr const char *kOption = "--language";
    static constexpr const char *kVariable = "ZHIQIAO_LANGUAGE";

    // "en" and "zh_CN".
    static QStringList languages();
    // The language a name means: "zh_CN", "zh-cn", "zh" and "zh_CN.UTF-8" are zh_CN, "en" and
    // "en_US" are en; anything else gives an empty string.
    static QString normalized(const QString &name);

    // Takes every --language option in front of the command out of `args` (the arguments after
    // the program name) and chooses. `variable` is ZHIQIAO_LANGUAGE's value, `system` the locale.
    static CliLanguage choose(QStringList &args, const QString &variable, const QLocale &system);
    // The same with the real environment and system locale.
    static CliLanguage choose(QStringList &args);

    QString language() const { return m_language; }
    Problem problem() const { return m_problem; }
    // The problem in words, in the chosen language: call it after install().
    QString problemText() const;

    // Installs Zhiqiao's translation (:/i18n/zhiqiao_<language>.qm) and Qt's own (the command
    // line parser's "Usage:", "Options:" …) on the application. English needs none. False when
    // Zhiqiao's translation could not be loaded.
    bool install() const;

private:
    QString m_language = QStringLiteral("en");
    Problem m_problem = Problem::None;
    QString m_given; // the value that caused the problem
};
