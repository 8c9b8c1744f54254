#include "clicommands.h"
#include "clisupport.h"
#include "clitext.h"

#include "db/connectiontester.h"
#include "db/passwordstore.h"
#include "db/profilestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

// zhiqiao-cli connection list|add|edit|remove|test: the same saved profiles the GUI shows.
namespace {
// ConnectionCommand::tr() with a context lupdate can see.
struct ConnectionCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionCommand)
};

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int usage()
{
    err() << CliText::usage({
                 QStringLiteral("zhiqiao-cli connection list"),
                 QStringLiteral("zhiqiao-cli connection add --name N --host H [--port P] --database D --user U"),
                 QStringLiteral("                           [--sslmode M] [--sslrootcert FILE] --adapter FILE"),
                 QStringLiteral("                           [--environment production|staging|test|development]"),
                 QStringLiteral("                           [--password-stdin]"),
                 QStringLiteral("zhiqiao-cli connection edit NAME ") + ConnectionCommand::tr("[same options as add; only those given change]"),
                 QStringLiteral("zhiqiao-cli connection remove NAME"),
                 QStringLiteral("zhiqiao-cli connection test NAME"),
             })
          << ConnectionCommand::tr("Passwords: --password-stdin stores one in the OS keychain when there is one; otherwise\n"
                                   "ZHIQIAO_PASSWORD, libpq's PGPASSWORD or pgpass file, or a prompt on a terminal.")
          << "\n";
    err().flush();
    return 2;
}

void addProfileOptions(QCommandLineParser &parser)
{
    const QString value = QStringLiteral("value");
    parser.addOptions({
        {QStringLiteral("name"), ConnectionCommand::tr("Name shown to people (unique)."), value},
        {QStringLiteral("host"), ConnectionCommand::tr("Server host name or address."), value},
        {QStringLiteral("port"), ConnectionCommand::tr("Server port (default 5432)."), value},
        {QStringLiteral("database"), ConnectionCommand::tr("Database name."), value},
        {QStringLiteral("user"), ConnectionCommand::tr("Database user."), value},
        {QStringLiteral("sslmode"), ConnectionCommand::tr("disable, allow, prefer, require, verify-ca or verify-full."), value},
        {QStringLiteral("sslrootcert"), ConnectionCommand::tr("CA certificate file for verify-ca/verify-full."), value},
        {QStringLiteral("adapter"), ConnectionCommand::tr("Adapter file, or :/adapters/<name>.json for a built-in one."), value},
        {QStringLiteral("environment"), ConnectionCommand::tr("production, staging, test or development."), value},
        {QStringLiteral("password-stdin"), ConnectionCommand::tr("Read the password from the first line of stdin.")},
    });
}

// Applies only the options that were given, so `edit` changes just those fields.
bool applyOptions(const QCommandLineParser &parser, ConnectionProfile &p)
{
    auto set = [&parser](const char *option, QString &field) {
        if (parser.isSet(QLatin1String(option)))
            field = parser.value(QLatin1String(option));
    };
    set("name", p.name);
    set("host", p.host);
    set("database", p.database);
    set("user", p.user);
    set("sslmode", p.sslMode);
    set("sslrootcert", p.sslRootCert);
    set("adapter", p.adapterPath);
    set("environment", p.environment);
    if (parser.isSet(QStringLiteral("port"))) {
        bool ok = false;
        p.port = parser.value(QStringLiteral("port")).toInt(&ok);
        if (!ok) {
            err() << ConnectionCommand::tr("--port takes a number.") << "\n";
            return false;
        }
    }
    return true;
}

// Stores the password from stdin in the keychain, or says why it could not.
void storePasswordFromStdin(const QString &profileId)
{
    const QString password = CliSupport::readStdinLine();
    if (password.isEmpty())
        return;
    PasswordStore passwords;
    const QString hint = ConnectionCommand::tr("Supply it with ZHIQIAO_PASSWORD or libpq's pgpass file instead.");
    if (!passwords.keychainAvailable()) {
        err() << ConnectionCommand::tr("warning: the password was not stored. %1 %2").arg(passwords.keychainUnavailableReason(), hint) << "\n";
        return;
    }
    const DbError e = CliSupport::waitFor(passwords.storeInKeychain(profileId, password));
    if (e.isError())
        err() << ConnectionCommand::tr("warning: %1 (%2) %3").arg(e.message, e.serverText, hint) << "\n";
}

std::optional<ConnectionProfile> findProfile(const ProfileStore &store, const QString &name)
{
    auto p = store.profileByName(name);
    if (!p)
        p = store.profile(name);
    if (!p)
        err() << ConnectionCommand::tr("No saved connection is called \"%1\". `zhiqiao-cli connection list` shows them.").arg(name) << "\n";
    return p;
}

int list()
{
    const QList<ConnectionProfile> profiles = ProfileStore().profiles();
    if (profiles.isEmpty()) {
        err() << ConnectionCommand::tr("No saved connections. Add one with `zhiqiao-cli connection add`.") << "\n";
        return 0;
    }
    // Widths in terminal columns: names and translated headers may be Chinese.
    const QString nameHeader = ConnectionCommand::tr("NAME");
    const QString environmentHeader = ConnectionCommand::tr("ENVIRONMENT");
    int nameWidth = CliText::displayWidth(nameHeader);
    for (const ConnectionProfile &p : profiles)
        nameWidth = qMax(nameWidth, CliText::displayWidth(p.name));
    const int environmentWidth = qMax(11, CliText::displayWidth(environmentHeader));
    out() << CliText::padRight(nameHeader, nameWidth + 2) << CliText::padRight(environmentHeader, environmentWidth + 2)
          << ConnectionCommand::tr("ADDRESS / USER / SSLMODE / ADAPTER") << "\n";
    for (const ConnectionProfile &p : profiles)
        out() << CliText::padRight(p.name, nameWidth + 2) << CliText::padRight(p.environment, environmentWidth + 2) << p.address()
              << "  " << p.user << "  " << p.sslMode << "  " << p.adapterPath << "\n";
    return 0;
}

int add(const QCommandLineParser &parser)
{
    ConnectionProfile p;
    if (!applyOptions(parser, p))
        return 2;
    ProfileStore store;
    const QStringList problems = store.problems(p);
    if (!problems.isEmpty()) {
        for (const QString &problem : problems)
            err() << problem << "\n";
        return 2;
    }
    auto saved = store.add(p);
    if (!saved) {
        err() << saved.error().message << "\n";
        return 1;
    }
    if (parser.isSet(QStringLiteral("password-stdin")))
        storePasswordFromStdin(saved->id);
    out() << saved->id << "\n";
    return 0;
}

int edit(const QCommandLineParser &parser, const QString &name)
{
    ProfileStore store;
    auto p = findProfile(store, name);
    if (!p)
        return 1;
    if (!applyOptions(parser, *p))
        return 2;
    auto saved = store.update(*p);
    if (!saved) {
        err() << saved.error().message << "\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("password-stdin")))
        storePasswordFromStdin(saved->id);
    return 0;
}

int remove(const QString &name)
{
    ProfileStore store;
    const auto p = findProfile(store, name);
    if (!p)
        return 1;
    store.remove(p->id);
    PasswordStore passwords;
    const DbError e = CliSupport::waitFor(passwords.remove(p->id));
    if (e.isError())
        err() << ConnectionCommand::tr("warning: %1").arg(e.message) << "\n";
    return 0;
}

int test(const QString &name)
{
    auto platform = CliSupport::resolvePlatform(name);
    if (!platform) {
        err() << platform.error().message << "\n";
        return 1;
    }
    const ConnectionTestResult r = ConnectionTester::run(platform->profile, platform->password);
    if (r.ok()) {
        out() << ConnectionCommand::tr("ok: %1 (%2): PostgreSQL %3, %4, adapter \"%5\" matches, %6 ms")
                     .arg(platform->profile.name, platform->profile.address(), r.serverVersion,
                          r.tls ? ConnectionCommand::tr("TLS") : ConnectionCommand::tr("no TLS"), r.adapterName)
                     .arg(r.elapsedMs)
              << "\n";
        return 0;
    }
    err() << ConnectionCommand::tr("failed: %1 (%2): %3").arg(platform->profile.name, platform->profile.address(), r.error.message) << "\n";
    if (!r.error.serverText.isEmpty())
        err() << ConnectionCommand::tr("server said:") << "\n  " << QString(r.error.serverText).replace(QLatin1Char('\n'), QLatin1String("\n  ")) << "\n";
    return 1;
}
} // namespace

int runConnectionCommand(const QStringList &args)
{
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h"))
        return usage();
    const QString sub = args.at(1);
    QCommandLineParser parser;
    parser.addHelpOption();
    addProfileOptions(parser);
    parser.addPositionalArgument(QStringLiteral("name"), ConnectionCommand::tr("Saved connection (edit, remove, test)."));
    if (!parser.parse(QStringList{QStringLiteral("zhiqiao-cli connection ") + sub} + args.mid(2))) {
        err() << parser.errorText() << "\n";
        return usage();
    }
    if (parser.isSet(QStringLiteral("help")))
        return usage();
    const QStringList positional = parser.positionalArguments();

    int rc = 2;
    if (sub == QLatin1String("list") && positional.isEmpty())
        rc = list();
    else if (sub == QLatin1String("add") && positional.isEmpty())
        rc = add(parser);
    else if (sub == QLatin1String("edit") && positional.size() == 1)
        rc = edit(parser, positional.first());
    else if (sub == QLatin1String("remove") && positional.size() == 1)
        rc = remove(positional.first());
    else if (sub == QLatin1String("test") && positional.size() == 1)
        rc = test(positional.first());
    else
        rc = usage();
    out().flush();
    err().flush();
    return rc;
}
