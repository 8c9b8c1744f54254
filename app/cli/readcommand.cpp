#include "clicommands.h"
#include "clitext.h"
#include "platformsession.h"
#include "recordformatter.h"

#include "platform/canonicalschema.h"
#include "platform/entityreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>

// zhiqiao-cli read: canonical records of one entity from one platform, through its adapter.
namespace {
// ReadCommand::tr() with a context lupdate can see.
struct ReadCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReadCommand)
};

int usage(const QString &problem = {})
{
    QTextStream err(stderr);
    if (!problem.isEmpty())
        err << problem << "\n";
    err << CliText::usage({QStringLiteral("zhiqiao-cli read (--platform NAME | --dsn CONNINFO --adapter FILE) --entity E"),
                           QStringLiteral("                 [--limit N] [--after KEY] [--format table|json|tsv] [--count]")})
        << ReadCommand::tr("entities: %1").arg(CanonicalSchema::entityNames().join(QStringLiteral(", "))) << "\n"
        << ReadCommand::tr("--after takes the key printed after a page; a composite key is comma-separated or a\n"
                           "JSON array, e.g. --after '[\"42\",\"7\"]'.")
        << "\n";
    return 2;
}

QStringList parseAfter(const QString &text)
{
    if (text.isEmpty())
        return {};
    if (text.startsWith(QLatin1Char('['))) {
        QStringList out;
        for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
            out.append(v.isString() ? v.toString() : QString::number(v.toDouble(), 'g', 17));
        return out;
    }
    return text.split(QLatin1Char(','));
}

QString afterText(const QStringList &key)
{
    const bool plain = std::none_of(key.begin(), key.end(), [](const QString &k) {
        return k.contains(QLatin1Char(',')) || k.startsWith(QLatin1Char('['));
    });
    if (plain)
        return key.join(QLatin1Char(','));
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(key)).toJson(QJsonDocument::Compact));
}
} // namespace

int runReadCommand(const QStringList &args)
{
    QCommandLineParser parser;
    PlatformSession::addOptions(parser);
    parser.addOptions({
        {QStringLiteral("entity"), ReadCommand::tr("Canonical entity to read."), QStringLiteral("name")},
        {QStringLiteral("limit"), ReadCommand::tr("Records to read (default 20)."), QStringLiteral("n"), QStringLiteral("20")},
        {QStringLiteral("after"), ReadCommand::tr("Start after this key (paging)."), QStringLiteral("key")},
        {QStringLiteral("format"), ReadCommand::tr("table, json or tsv (default table)."), QStringLiteral("format"), QStringLiteral("table")},
        {QStringLiteral("count"), ReadCommand::tr("Print the number of records instead.")},
        {QStringLiteral("help"), ReadCommand::tr("Show this help.")},
    });
    if (!parser.parse(args))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        return usage();
    const QString entity = parser.value(QStringLiteral("entity"));
    if (entity.isEmpty() || !CanonicalSchema::entity(entity))
        return usage(entity.isEmpty() ? ReadCommand::tr("--entity is required.") : ReadCommand::tr("Unknown entity \"%1\".").arg(entity));
    if (!PlatformSession::wantsDatabase(parser))
        return usage(ReadCommand::tr("Give --platform NAME, or --dsn CONNINFO with --adapter FILE."));
    bool limitOk = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || limit < 0)
        return usage(ReadCommand::tr("--limit takes a number of records."));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json") && format != QLatin1String("tsv"))
        return usage(ReadCommand::tr("--format is table, json or tsv."));

    QTextStream out(stdout);
    QTextStream err(stderr);
    PlatformSession session;
    const Result<bool> opened = session.open(parser);
    if (!opened) {
        err << opened.error().message << "\n";
        if (!opened.error().serverText.isEmpty())
            err << opened.error().serverText.trimmed() << "\n";
        return 1;
    }
    const AdapterLoadResult loaded = AdapterLoader::load(session.adapterPath(), session.connection());
    if (!loaded.ok()) {
        err << ReadCommand::tr("The adapter cannot be used with this database:") << "\n" << loaded.problemsText() << "\n";
        return 1;
    }
    if (parser.isSet(QStringLiteral("count"))) {
        const Result<qlonglong> n = EntityReader::count(session.connection(), *loaded.adapter, entity);
        if (!n) {
            err << n.error().message << "\n" << n.error().serverText.trimmed() << "\n";
            return 1;
        }
        out << n.value() << "\n";
        return 0;
    }
    const Result<EntityPage> page = EntityReader::read(session.connection(), *loaded.adapter, entity, limit,
                                                       parseAfter(parser.value(QStringLiteral("after"))));
    if (!page) {
        err << page.error().message << "\n";
        if (!page.error().serverText.isEmpty())
            err << page.error().serverText.trimmed() << "\n";
        return 1;
    }
    QStringList fields;
    for (const CanonicalField &f : CanonicalSchema::entity(entity)->fields)
        fields.append(f.name);
    if (format == QLatin1String("json"))
        out << RecordFormatter::json(fields, page->records);
    else if (format == QLatin1String("tsv"))
        out << RecordFormatter::tsv(fields, page->records);
    else
        out << RecordFormatter::table(fields, page->records);
    out.flush();
    if (limit > 0 && page->records.size() == limit)
        err << ReadCommand::tr("next page: --after %1").arg(afterText(page->lastKey)) << "\n";
    return 0;
}
