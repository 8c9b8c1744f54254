// zhiqiao-cli backup keygen|create|verify|restore: encrypted backups of database tables, checked
// without a database (verify) and put back with per-row hash comparison (restore).
#include "clicommands.h"
#include "clisupport.h"

#include "backup/backupcontentwriter.h"
#include "backup/backupdumper.h"
#include "backup/backuprestorer.h"
#include "backup/backupverifier.h"
#include "backup/backupwriter.h"
#include "db/pgsession.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <optional>

namespace {
const QString kPassphraseVariable = QStringLiteral("ZHIQIAO_BACKUP_PASSPHRASE");

int fail(const DbError &e)
{
    QTextStream err(stderr);
    err << "error: " << e.message << "\n";
    if (!e.serverText.isEmpty())
        err << "  server: " << e.serverText << (e.sqlState.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(e.sqlState)) << "\n";
    if (!e.detail.isEmpty())
        err << "  detail: " << e.detail << "\n";
    return 1;
}

QCommandLineOption keyFileOption()
{
    return QCommandLineOption(QStringLiteral("key-file"),
                              QStringLiteral("Key file (32 bytes, see `backup keygen`) instead of a passphrase. Without it the "
                                             "passphrase comes from ZHIQIAO_BACKUP_PASSPHRASE or is asked on the terminal."),
                              QStringLiteral("file"));
}

QCommandLineOption dsnOption()
{
    return QCommandLineOption(QStringLiteral("dsn"), QStringLiteral("libpq connection string of the database."), QStringLiteral("conninfo"));
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
        QTextStream(stderr) << (positional ? "expected the backup FILE\n\n" : "unexpected argument\n\n") << parser.helpText();
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
        QTextStream(stderr) << "error: no key: give --key-file or set " << kPassphraseVariable << "\n";
        return std::nullopt;
    }
    const QString first = CliSupport::promptPassword(QStringLiteral("Backup passphrase: "));
    if (confirm && CliSupport::promptPassword(QStringLiteral("Same passphrase again: ")) != first) {
        QTextStream(stderr) << "error: the two passphrases differ\n";
        return std::nullopt;
    }
    return BackupSecret::fromPassphrase(first.toUtf8());
}

int runKeygen(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("out"), QStringLiteral("Where to write the new key file."), QStringLiteral("file")));
    int code = 0;
    if (!parse(parser, args, QStringLiteral("Create a key file of 32 random bytes (never overwrites)."), 0, &code))
        return code;
    if (!parser.isSet(QStringLiteral("out"))) {
        QTextStream(stderr) << "--out is required\n";
        return 2;
    }
    if (DbError e = BackupKey::createKeyFile(parser.value(QStringLiteral("out"))); e.isError())
        return fail(e);
    QTextStream(stdout) << "key file written: " << parser.value(QStringLiteral("out")) << " (keep it apart from the backups)\n";
    return 0;
}

int runCreate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(dsnOption());
    parser.addOption(keyFileOption());
    parser.addOption(QCommandLineOption(QStringLiteral("table"), QStringLiteral("schema.table to back up (repeat for more)."), QStringLiteral("table")));
    parser.addOption(QCommandLineOption(QStringLiteral("out"), QStringLiteral("Backup file to write."), QStringLiteral("file")));
    parser.addOption(QCommandLineOption(QStringLiteral("run-id"), QStringLiteral("Run id recorded in the header."), QStringLiteral("id")));
    int code = 0;
    if (!parse(parser, args, QStringLiteral("Back up whole tables into an encrypted backup file."), 0, &code))
        return code;
    if (!parser.isSet(QStringLiteral("out")) || parser.values(QStringLiteral("table")).isEmpty()) {
        QTextStream(stderr) << "--out and at least one --table are required\n";
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
            QTextStream(stderr) << "--table wants schema.table: " << table << "\n";
            return 2;
        }
        BackupScope scope;
        scope.schema = table.section(QLatin1Char('.'), 0, 0);
        scope.table = table.section(QLatin1Char('.'), 1);
        auto rows = dumper.dump(scope);
        if (!rows)
            return fail(rows.error());
        out << "  " << table.leftJustified(32) << *rows << " rows\n";
    }
    if (DbError e = content.finish(); e.isError())
        return fail(e);
    out << "backup written: " << parser.value(QStringLiteral("out")) << "\n";
    return 0;
}

int runVerify(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(keyFileOption());
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Backup file."));
    int code = 0;
    if (!parse(parser, args, QStringLiteral("Check every chunk, every row hash and the content hash of a backup (no database)."), 1, &code))
        return code;
    std::optional<BackupSecret> secret = secretFrom(parser, false);
    if (!secret)
        return 1;
    QTextStream out(stdout);
    auto summary = BackupVerifier::verify(parser.positionalArguments().first(), *secret);
    if (!summary) {
        out << "verdict: NOT usable\n";
        out.flush();
        return fail(summary.error());
    }
    out << "created: " << summary->header.created.toString(Qt::ISODate)
        << (summary->header.runId.isEmpty() ? QString() : QStringLiteral("  run: ") + summary->header.runId) << "\n";
    for (const auto &[table, rows] : summary->tableRows)
        out << "  " << table.leftJustified(32) << rows << " rows\n";
    out << "rows: " << summary->totalRows << "  chunks: " << summary->chunks << "  content sha256: " << summary->contentHash.toHex() << "\n";
    out << "verdict: intact\n";
    return 0;
}

int runRestore(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(dsnOption());
    parser.addOption(keyFileOption());
    parser.addOption(QCommandLineOption(QStringLiteral("missing-only"),
                                        QStringLiteral("Insert only rows whose primary key is absent (tables must exist); default: "
                                                       "tables must be missing or empty.")));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Backup file."));
    int code = 0;
    if (!parse(parser, args, QStringLiteral("Verify a backup, restore it in one transaction and compare every row's hash."), 1, &code))
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
        out << "  " << t.name.leftJustified(32) << t.restored << " restored, " << t.alreadyPresent << " already present, "
            << t.mismatches << " mismatched" << (t.created ? "  (table created)" : "") << "\n";
    if (!report->committed) {
        out << "verdict: rows differ from the backup; nothing was kept\n";
        return 1;
    }
    out << "verdict: restored and verified\n";
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
    QTextStream(stderr) << "usage: zhiqiao-cli backup keygen|create|verify|restore [--help]\n";
    return 2;
}
