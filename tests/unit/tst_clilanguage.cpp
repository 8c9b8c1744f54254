// zhiqiao-cli's language: the choice itself (CliLanguage, compiled into this test), widths on the
// terminal (CliText), and the built binary (ZQ_CLI) speaking English or Simplified Chinese.
#include "clilanguage.h"
#include "clitext.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Output
{
    int exitCode = -1;
    QString out;
    QString err;
};

bool hasChinese(const QString &text)
{
    for (char32_t c : text.toUcs4()) {
        if (c >= 0x4E00 && c <= 0x9FFF)
            return true;
    }
    return false;
}

// Runs zhiqiao-cli with a clean language environment: no ZHIQIAO_LANGUAGE (CTest sets it to en
// for the other tests), the C locale unless `env` says otherwise.
Output runCli(const QStringList &args, const QList<QPair<QString, QString>> &env = {})
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"ZHIQIAO_LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_NUMERIC", "LANG", "LANGUAGE"})
        e.remove(QString::fromLatin1(name));
    e.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    for (const auto &[name, value] : env)
        e.insert(name, value);
    QProcess p;
    p.setProcessEnvironment(e);
    p.start(qEnvironmentVariable("ZQ_CLI"), args);
    Output o;
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return o;
    o.exitCode = p.exitCode();
    o.out = QString::fromUtf8(p.readAllStandardOutput());
    o.err = QString::fromUtf8(p.readAllStandardError());
    return o;
}

QString examplePlan()
{
    return QDir(qEnvironmentVariable("ZQ_SOURCE_DIR")).filePath(QStringLiteral("resources/plans/dedao-to-ximalaya.json"));
}

} // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void normalizedNames_data();
    void normalizedNames();
    void optionBeatsVariableBeatsSystem();
    void optionIsTakenOutOfTheArguments();
    void problems();
    void widthsCountTerminalColumns();

    void helpInChineseWithOption();
    void helpInChineseFromVariable();
    void helpInChineseFromSystemLocale();
    void helpInEnglish();
    void unknownLanguageStops();
    void unknownVariableWarns();
    void planCheckInChinese();
    void planProblemsInChinese();
    void commandHelpInChinese();
};

void TestCliLanguage::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("ZQ_CLI").isEmpty(), "ZQ_CLI is set by CTest");
    QVERIFY2(QFile::exists(examplePlan()), qPrintable(examplePlan()));
}

void TestCliLanguage::normalizedNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en" << "en";
    QTest::newRow("en_US") << "en_US" << "en";
    QTest::newRow("zh_CN") << "zh_CN" << "zh_CN";
    QTest::newRow("zh-CN") << "zh-CN" << "zh_CN";
    QTest::newRow("zh_cn.UTF-8") << "zh_cn.UTF-8" << "zh_CN";
    QTest::newRow("zh") << "zh" << "zh_CN";
    QTest::newRow("fr") << "fr" << "";
    QTest::newRow("zh_TW") << "zh_TW" << ""; // no Traditional Chinese translation
    QTest::newRow("empty") << "" << "";
}

void TestCliLanguage::normalizedNames()
{
    QFETCH(QString, name);
    QFETCH(QString, language);
    QCOMPARE(CliLanguage::normalized(name), language);
}

void TestCliLanguage::optionBeatsVariableBeatsSystem()
{
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QStringList args{QStringLiteral("--help")};
    QCOMPARE(CliLanguage::choose(args, {}, english).language(), QStringLiteral("en"));
    QCOMPARE(CliLanguage::choose(args, {}, chinese).language(), QStringLiteral("zh_CN"));
    QCOMPARE(CliLanguage::choose(args, QStringLiteral("en"), chinese).language(), QStringLiteral("en"));
    QCOMPARE(CliLanguage::choose(args, QStringLiteral("zh_CN"), english).language(), QStringLiteral("zh_CN"));
    QCOMPARE(CliLanguage::choose(args, QStringLiteral("zh_CN"), QLocale::c()).language(), QStringLiteral("zh_CN"));

    args = QStringList{QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--help")};
    const CliLanguage en = CliLanguage::choose(args, QStringLiteral("zh_CN"), chinese);
    QCOMPARE(en.language(), QStringLiteral("en"));
    QCOMPARE(en.problem(), CliLanguage::Problem::None);

    // A bad variable does not matter when the option decides.
    args = QStringList{QStringLiteral("--language=zh_CN"), QStringLiteral("--help")};
    const CliLanguage zh = CliLanguage::choose(args, QStringLiteral("klingon"), english);
    QCOMPARE(zh.language(), QStringLiteral("zh_CN"));
    QCOMPARE(zh.problem(), CliLanguage::Problem::None);
}

void TestCliLanguage::optionIsTakenOutOfTheArguments()
{
    QStringList args{QStringLiteral("--language"), QStringLiteral("zh_CN"), QStringLiteral("--language=en"),
                     QStringLiteral("migrate"), QStringLiteral("check"), QStringLiteral("--language")};
    const CliLanguage choice = CliLanguage::choose(args, {}, QLocale::c());
    QCOMPARE(choice.language(), QStringLiteral("en")); // the last one counts
    // Only in front of the command: what follows it belongs to the command.
    QCOMPARE(args, (QStringList{QStringLiteral("migrate"), QStringLiteral("check"), QStringLiteral("--language")}));

    args = QStringList{QStringLiteral("migrate")};
    CliLanguage::choose(args, {}, QLocale::c());
    QCOMPARE(args, QStringList{QStringLiteral("migrate")});
}

void TestCliLanguage::problems()
{
    QStringList args{QStringLiteral("--language"), QStringLiteral("fr"), QStringLiteral("--help")};
    const CliLanguage bad = CliLanguage::choose(args, {}, QLocale(QLocale::Chinese, QLocale::China));
    QCOMPARE(bad.problem(), CliLanguage::Problem::BadOption);
    QCOMPARE(bad.language(), QStringLiteral("zh_CN")); // the message itself is in the fallback language
    QVERIFY(bad.problemText().contains(QStringLiteral("\"fr\"")));

    args = QStringList{QStringLiteral("--language")};
    const CliLanguage missing = CliLanguage::choose(args, {}, QLocale::c());
    QCOMPARE(missing.problem(), CliLanguage::Problem::MissingValue);
    QVERIFY(args.isEmpty());

    args = QStringList{QStringLiteral("--help")};
    const CliLanguage variable = CliLanguage::choose(args, QStringLiteral("fr_FR"), QLocale(QLocale::Chinese, QLocale::China));
    QCOMPARE(variable.problem(), CliLanguage::Problem::BadVariable);
    QCOMPARE(variable.language(), QStringLiteral("zh_CN")); // the system locale decides instead
    QVERIFY(variable.problemText().contains(QStringLiteral("fr_FR")));
}

void TestCliLanguage::widthsCountTerminalColumns()
{
    QCOMPARE(CliText::displayWidth(QStringLiteral("entity")), 6);
    QCOMPARE(CliText::displayWidth(QStringLiteral("实体")), 4);
    QCOMPARE(CliText::displayWidth(QStringLiteral("（已隔离）")), 10); // fullwidth brackets too
    QCOMPARE(CliText::padRight(QStringLiteral("实体"), 8), QStringLiteral("实体    "));
    QCOMPARE(CliText::padLeft(QStringLiteral("已合并"), 8), QStringLiteral("  已合并"));
    QCOMPARE(CliText::padRight(QStringLiteral("longer than"), 4), QStringLiteral("longer than"));
    // The usage block's second line starts under the first one's text, whatever the word's width.
    const QStringList lines = CliText::usage({QStringLiteral("a b"), QStringLiteral("c d")}).split(QLatin1Char('\n'));
    QCOMPARE(CliText::displayWidth(lines.at(0)), CliText::displayWidth(lines.at(1)));
    QVERIFY(lines.at(1).startsWith(QLatin1Char(' ')));
}

void TestCliLanguage::helpInChineseWithOption()
{
    for (const QStringList &args : {QStringList{QStringLiteral("--language"), QStringLiteral("zh_CN"), QStringLiteral("--help")},
                                    QStringList{QStringLiteral("--language=zh_CN")}}) {
        const Output o = runCli(args);
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains(QStringLiteral("用法：zhiqiao-cli")), qPrintable(o.err));
        QVERIFY2(o.err.contains(QStringLiteral("命令：")), qPrintable(o.err));
        QVERIFY2(o.err.contains(QStringLiteral("迁移")), qPrintable(o.err));
        QVERIFY2(o.err.contains(QStringLiteral("ZHIQIAO_LANGUAGE")), qPrintable(o.err));
        QVERIFY2(!o.err.contains(QStringLiteral("usage:")), qPrintable(o.err));
        // Command names are what people type: never translated.
        QVERIFY2(o.err.contains(QStringLiteral("  migrate ")) && o.err.contains(QStringLiteral("  rollback ")), qPrintable(o.err));
    }
}

void TestCliLanguage::helpInChineseFromVariable()
{
    const Output o = runCli({QStringLiteral("--help")}, {{QStringLiteral("ZHIQIAO_LANGUAGE"), QStringLiteral("zh_CN")}});
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(QStringLiteral("用法：zhiqiao-cli")), qPrintable(o.err));
    QVERIFY2(o.err.contains(QStringLiteral("命令：")), qPrintable(o.err));
}

void TestCliLanguage::helpInChineseFromSystemLocale()
{
    const Output zh = runCli({QStringLiteral("--help")}, {{QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8")}});
    QCOMPARE(zh.exitCode, 2);
    QVERIFY2(zh.err.contains(QStringLiteral("用法：zhiqiao-cli")), qPrintable(zh.err));
    const Output en = runCli({QStringLiteral("--help")}, {{QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8")}});
    QVERIFY2(en.err.startsWith(QStringLiteral("usage: zhiqiao-cli")), qPrintable(en.err));
}

void TestCliLanguage::helpInEnglish()
{
    // The option beats both the variable and the system locale.
    const Output o = runCli({QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--help")},
                            {{QStringLiteral("ZHIQIAO_LANGUAGE"), QStringLiteral("zh_CN")},
                             {QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8")}});
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.startsWith(QStringLiteral("usage: zhiqiao-cli [--language en|zh_CN] <command> [options]")), qPrintable(o.err));
    QVERIFY2(o.err.contains(QStringLiteral("commands:")), qPrintable(o.err));
    QVERIFY2(o.err.contains(QStringLiteral("check a migration plan")), qPrintable(o.err));
    QVERIFY2(!hasChinese(o.err), qPrintable(o.err));
    // Without anything chosen, the C locale gives English too.
    const Output plain = runCli({QStringLiteral("--help")});
    QVERIFY2(plain.err.startsWith(QStringLiteral("usage: ")) && !hasChinese(plain.err), qPrintable(plain.err));
}

void TestCliLanguage::unknownLanguageStops()
{
    const Output o = runCli({QStringLiteral("--language"), QStringLiteral("fr"), QStringLiteral("migrate"),
                             QStringLiteral("check"), examplePlan()});
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(QStringLiteral("\"fr\"")) && o.err.contains(QStringLiteral("zh_CN")), qPrintable(o.err));
    QVERIFY2(o.out.isEmpty(), qPrintable(o.out)); // the command did not run
    const Output missing = runCli({QStringLiteral("--language")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains(QStringLiteral("--language")), qPrintable(missing.err));
}

void TestCliLanguage::unknownVariableWarns()
{
    const Output o = runCli({QStringLiteral("migrate"), QStringLiteral("check"), examplePlan()},
                            {{QStringLiteral("ZHIQIAO_LANGUAGE"), QStringLiteral("fr")}});
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(o.err.contains(QStringLiteral("warning:")) && o.err.contains(QStringLiteral("ZHIQIAO_LANGUAGE")), qPrintable(o.err));
    QVERIFY2(o.out.startsWith(QStringLiteral("plan ok, fingerprint ")), qPrintable(o.out));
}

void TestCliLanguage::planCheckInChinese()
{
    const Output zh = runCli({QStringLiteral("--language"), QStringLiteral("zh_CN"), QStringLiteral("migrate"),
                              QStringLiteral("check"), examplePlan()});
    QCOMPARE(zh.exitCode, 0);
    QVERIFY2(zh.out.startsWith(QStringLiteral("计划有效，指纹 ")), qPrintable(zh.out));
    const Output en = runCli({QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("migrate"),
                              QStringLiteral("check"), examplePlan()});
    QCOMPARE(en.exitCode, 0);
    QVERIFY2(en.out.startsWith(QStringLiteral("plan ok, fingerprint ")), qPrintable(en.out));
    // The fingerprint itself is an identifier: the same in both languages.
    QCOMPARE(zh.out.section(QLatin1Char(' '), -1), en.out.section(QLatin1Char(' '), -1));
}

void TestCliLanguage::planProblemsInChinese()
{
    // Messages from models/ (the plan parser) come out translated as well.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": \"zhiqiao-migration-plan\",");
    f.close();
    const Output zh = runCli({QStringLiteral("migrate"), QStringLiteral("check"), path},
                             {{QStringLiteral("ZHIQIAO_LANGUAGE"), QStringLiteral("zh_CN")}});
    QCOMPARE(zh.exitCode, 1);
    QVERIFY2(zh.err.contains(QStringLiteral("计划不是有效的 JSON")), qPrintable(zh.err));
    const Output en = runCli({QStringLiteral("migrate"), QStringLiteral("check"), path},
                             {{QStringLiteral("ZHIQIAO_LANGUAGE"), QStringLiteral("en")}});
    QCOMPARE(en.exitCode, 1);
    QVERIFY2(en.err.contains(QStringLiteral("The plan is not valid JSON")), qPrintable(en.err));
}

void TestCliLanguage::commandHelpInChinese()
{
    // A command's own texts: the usage block of `migrate` and an option description of `migrate run`.
    const Output usage = runCli({QStringLiteral("--language"), QStringLiteral("zh_CN"), QStringLiteral("migrate")});
    QCOMPARE(usage.exitCode, 2);
    QVERIFY2(usage.err.startsWith(QStringLiteral("用法：zhiqiao-cli migrate check PLAN\n")), qPrintable(usage.err));
    // The syntax lines stay aligned under the first one (用法： is six columns wide).
    QVERIFY2(usage.err.contains(QStringLiteral("\n      zhiqiao-cli migrate dry-run PLAN")), qPrintable(usage.err));
    const Output help = runCli({QStringLiteral("--language"), QStringLiteral("zh_CN"), QStringLiteral("migrate"),
                                QStringLiteral("run"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 2);
    QVERIFY2(help.err.contains(QStringLiteral("迁移计划文件。")), qPrintable(help.err));
    QVERIFY2(help.err.contains(QStringLiteral("--backup")), qPrintable(help.err)); // option names stay
}

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_clilanguage.moc"
