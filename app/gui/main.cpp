#include "mainwindow.h"

#include "common/languagemanager.h"
#include "core/allocatortuning.h"
#include "db/connectionmanager.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>

int main(int argc, char **argv)
{
    AllocatorTuning::limitArenas();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Zhiqiao"));
    QApplication::setApplicationName(QStringLiteral("Zhiqiao"));
    QApplication::setApplicationDisplayName(QStringLiteral("Zhiqiao"));
    QApplication::setApplicationVersion(QStringLiteral(ZQ_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/zhiqiao.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Zhiqiao, the knowledge platform console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption connectAll(QStringLiteral("connect-all"),
                                        QStringLiteral("Connect every saved platform at start."));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("User interface language: en or zh_CN."),
                                      QStringLiteral("code"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QStringLiteral("Area to open: platforms, users, migrations, recommendations, sharing or audit."),
                                  QStringLiteral("area"));
    parser.addOption(connectAll);
    parser.addOption(language);
    parser.addOption(page);
    parser.process(app);

    LanguageManager languages;
    languages.setLanguage(parser.isSet(language) ? parser.value(language) : languages.preferred());

    ConnectionManager connections;
    MainWindow window(&connections, &languages);
    if (parser.isSet(page)) {
        const QStringList areas = {QStringLiteral("platforms"), QStringLiteral("users"), QStringLiteral("migrations"),
                                   QStringLiteral("recommendations"), QStringLiteral("sharing"), QStringLiteral("audit")};
        const qsizetype index = areas.indexOf(parser.value(page).toLower());
        if (index < 0) {
            std::fprintf(stderr, "unknown area: %s\n", qPrintable(parser.value(page)));
            return 2;
        }
        window.showPage(MainWindow::Page(index));
    }
    window.show();
    if (parser.isSet(connectAll))
        connections.connectAll();
    else
        connections.reconnectRemembered();
    return app.exec();
}
