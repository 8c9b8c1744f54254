// zhiqiao-cli backup keygen|create|verify|restore: encrypted backups of database tables, checked
// without a database (verify) and put back with per-row hash comparison (restore).
#include "clicommands.h"
#include "clisupport.h"
#include "clitext.h"

#include "backup/backupcontentwriter.h"
#include "backup/backupdumper.h"
#include "backup/backuprestorer.h"
#include "backup/backupverifier.h"
#include "backup/backupwriter.h"
#include "db/pgsession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <optional>

namespace {
// BackupCommand::tr() with a context lupdate can see.
struct BackupCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)
};

const QString kPassphraseVariable = QStringLiteral("ZHIQIAO_BACKUP_PASSPHRASE");

int fail(const DbError &e)
{
    QTextStream(stderr) << CliText::errorText(e) << "\n";
    return 1;
}

QCommandLineOption keyFileOption()
{
    return QCommandLineOption(QStringLiteral("key-file"),
                              BackupCommand::tr("Key file (32 bytes, see `backup keygen`) instead of a passphrase. Without it the "
                                                "passphrase comes from ZHIQIAO_BACKUP_PASSPHRASE or is asked on the terminal."),
                              QStringLiteral("file"));
}

QCommandLineOption dsnOption()
{
    return QCommandLineOption(QStringLiteral("dsn"), BackupCommand::tr("libpq connection string of the database."), QStringLiteral("conninfo"));
}

// Parses args[2..]; returns false (after printing help or the problem) when the command should stop.
bool parse(QCommandLineParser &parser, const QStringList &args, const QString &description, int positional, int *exitCode)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    *exitCode = 2;
    if (!parser.parse(QStringList{QStringLiteral("zhiqiao-cli")} + args.mid(2))) {
        QTextStream(stderr) << parser.errorText() << "\n\n" << parser.helpText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        *exitCode = 0;
        return false;
    }
    if (parser.positionalArguments().size() != positional) {
        QTextStream(stderr) << (positional ? BackupCommand::tr("expected the backup FILE") : BackupCommand::tr("unexpected argument"))
                            << "\n\n" << parser.helpText();
        return false;
    }
    return true;
}

// The key file if given, else the passphrase from the environment or the terminal.
std::optional<BackupSecret> secretFrom(const QCommandLineParser &parser, bool confirm)
{
    if (parser.isSet(QStringLiteral("key-file")))
        return BackupSecret::fromKeyFile(parser.value(QStringLiteral("key-file")));
    if (qEnvironmentVariableIsSet(qPrintable(kPassphraseVariable)))
        return BackupSecret::fromPassphrase(qgetenv(qPrintable(kPassphraseVariable)));
    if (!CliSupport::stdinIsTerminal()) {
        QTextStream(stderr) << CliText::errorText(BackupCommand::tr("no key: give --key-file or set %1").arg(kPassphraseVariable))
                            << "\n";
        return std::nullopt;
    }
    const QString first = CliSupport::promptPassword(BackupCommand::tr("Backup passphrase: "));
    if (confirm && CliSupport::promptPassword(BackupCommand::tr("Same passphrase again: ")) != first) {
        QTextStream(stderr) << CliText::errorText(BackupCommand::tr("the two passphrases differ")) << "\n";
        return std::nullopt;
    }
    return BackupSecret::fromPassphrase(first.toUtf8());
}

int runKeygen(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("out"), BackupCommand::tr("Where to write the new key file."), QStringLiteral("file")));
    int code = 0;
    if (!parse(parser, args, BackupCommand::tr("Create a key file of 32 random bytes (never overwrites)."), 0, &code))
        return code;
    if (!parser.isSet(QStringLiteral("out"))) {
        QTextStream(stderr) << BackupCommand::tr("--out is required") << "\n";
        return 2;
    }
    if (DbError e = BackupKey::createKeyFile(parser.value(QStringLiteral("out"))); e.isError())
        return fail(e);
    QTextStream(stdout) << BackupCommand::tr("key file written: %1 (keep it apart from the backups)").arg(parser.value(QStringLiteral("out")))
                        << "\n";
    return 0;
}

int runCreate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(dsnOption());
    parser.addOption(keyFileOption());
    parser.addOption(QCommandLineOption(QStringLiteral("table"), BackupCommand::tr("schema.table to back up (repeat for more)."), QStringLiteral("table")));
    parser.addOption(QCommandLineOption(QStringLiteral("out"), BackupCommand::tr("Backup file to write."), QStringLiteral("file")));
    parser.addOption(QCommandLineOption(QStringLiteral("run-id"), BackupCommand::tr("Run id recorded in the header."), QStringLiteral("id")));
    int code = 0;
    if (!parse(parser, args, BackupCommand::tr("Back up whole tables into an encrypted backup file."), 0, &code))
        return code;
    if (!parser.isSet(QStringLiteral("out")) || parser.values(QStringLiteral("table")).isEmpty()) {
        QTextStream(stderr) << BackupCommand::tr("--out and at least one --table are required") << "\n";
        return 2;
    }
    std::optional<BackupSecret> secret = secretFrom(parser, true);
    if (!secret)
        return 1;
    auto session = PgSession::open(parser.value(QStringLiteral("dsn")).toStdString());
    if (!session)
        return fail(session.error());
    BackupWriter writer;
    BackupHeader header;
    header.runId = parser.value(QStringLiteral("run-id"));
    if (DbError e = writer.open(parser.value(QStringLiteral("out")), *secret, header); e.isError())
        return fail(e);
    BackupContentWriter content(writer);
    BackupDumper dumper(**session, content);
    QTextStream out(stdout);
    for (const QString &table : parser.values(QStringLiteral("table"))) {
        if (!table.contains(QLatin1Char('.'))) {
            QTextStream(stderr) << BackupCommand::tr("--table wants schema.table: %1").arg(table) << "\n";
            return 2;
        }
        BackupScope scope;
        scope.schema = table.section(QLatin1Char('.'), 0, 0);
        scope.table = table.section(QLatin1Char('.'), 1);
        auto rows = dumper.dump(scope);
        if (!rows)
            return fail(rows.error());
        out << "  " << CliText::padRight(table, 32) << BackupCommand::tr("%1 rows").arg(*rows) << "\n";
    }
    if (DbError e = content.finish(); e.isError())
        return fail(e);
    out << BackupCommand::tr("backup written: %1").arg(parser.value(QStringLiteral("out"))) << "\n";
    return 0;
}

int runVerify(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(keyFileOption());
    parser.addPositionalArgument(QStringLiteral("FILE"), BackupCommand::tr("Backup file."));
    int code = 0;
    if (!parse(parser, args, BackupCommand::tr("Check every chunk, every row hash and the content hash of a backup (no database)."), 1, &code))
        return code;
    std::optional<BackupSecret> secret = secretFrom(parser, false);
    if (!secret)
        return 1;
    QTextStream out(stdout);
    auto summary = BackupVerifier::verify(parser.positionalArguments().first(), *secret);
    if (!summary) {
        out << BackupCommand::tr("verdict: NOT usable") << "\n";
        out.flush();
        return fail(summary.error());
    }
    out << BackupCommand::tr("created: %1").arg(summary->header.created.toString(Qt::ISODate));
    if (!summary->header.runId.isEmpty())
        out << "  " << BackupCommand::tr("run: %1").arg(summary->header.runId);
    out << "\n";
    for (const auto &[table, rows] : summary->tableRows)
        out << "  " << CliText::padRight(table, 32) << BackupCommand::tr("%1 rows").arg(rows) << "\n";
    out << BackupCommand::tr("rows: %1  chunks: %2  content sha256: %3")
               .arg(summary->totalRows)
               .arg(summary->chunks)
               .arg(QString::fromLatin1(summary->contentHash.toHex()))
        << "\n";
    out << BackupCommand::tr("verdict: intact") << "\n";
    return 0;
}

int runRestore(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(dsnOption());
    parser.addOption(keyFileOption());
    parser.addOption(QCommandLineOption(QStringLiteral("missing-only"),
                                        BackupCommand::tr("Insert only rows whose primary key is absent (tables must exist); default: "
                                                          "tables must be missing or empty.")));
    parser.addPositionalArgument(QStringLiteral("FILE"), BackupCommand::tr("Backup file."));
    int code = 0;
    if (!parse(parser, args, BackupCommand::tr("Verify a backup, restore it in one transaction and compare every row's hash."), 1, &code))
        return code;
    std::optional<BackupSecret> secret = secretFrom(parser, false);
    if (!secret)
        return 1;
    auto session = PgSession::open(parser.value(QStringLiteral("dsn")).toStdString());
    if (!session)
        return fail(session.error());
    const auto mode = parser.isSet(QStringLiteral("missing-only")) ? BackupRestorer::Mode::InsertMissing : BackupRestorer::Mode::IntoEmpty;
    auto report = BackupRestorer(**session).restore(parser.positionalArguments().first(), *secret, mode);
    if (!report)
        return fail(report.error());
    QTextStream out(stdout);
    for (const BackupRestoreReport::Table &t : report->tables)
        out << "  " << CliText::padRight(t.name, 32)
            << BackupCommand::tr("%1 restored, %2 already present, %3 mismatched").arg(t.restored).arg(t.alreadyPresent).arg(t.mismatches)
            << (t.created ? QStringLiteral("  ") + BackupCommand::tr("(table created)") : QString()) << "\n";
    if (!report->committed) {
        out << BackupCommand::tr("verdict: rows differ from the backup; nothing was kept") << "\n";
        return 1;
    }
    out << BackupCommand::tr("verdict: restored and verified") << "\n";
    return 0;
}
} // namespace

int runBackupCommand(const QStringList &args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("keygen"))
        return runKeygen(args);
    if (sub == QLatin1String("create"))
        return runCreate(args);
    if (sub == QLatin1String("verify"))
        return runVerify(args);
    if (sub == QLatin1String("restore"))
        return runRestore(args);
    QTextStream(stderr) << CliText::usage({QStringLiteral("zhiqiao-cli backup keygen|create|verify|restore [--help]")});
    return 2;
}
