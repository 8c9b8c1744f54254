#include "platform/adapterloader.h"

#include "platform/adaptercatalogcheck.h"
#include "platform/adapterparser.h"
#include "platform/jsonlocator.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

#include <exception>

QString AdapterProblem::toString() const
{
    QString where = file;
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    QString out = where.isEmpty() ? QString() : where + QStringLiteral(": ");
    if (!place.isEmpty())
        out += place + QStringLiteral(": ");
    return out + message;
}

QString AdapterLoadResult::problemsText() const
{
    QStringList lines;
    for (const AdapterProblem &p : problems)
        lines.append(p.toString());
    return lines.join(QLatin1Char('\n'));
}

namespace {

AdapterProblem located(const QString &file, const JsonLocator &locator, const QString &place, const QString &message)
{
    AdapterProblem p;
    p.file = file;
    p.place = place;
    p.line = place.isEmpty() ? 1 : locator.line(place);
    p.message = message;
    return p;
}

AdapterLoadResult parseData(const QByteArray &json, const QString &fileName, QByteArray *kept)
{
    AdapterLoadResult result;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        AdapterProblem p;
        p.file = fileName;
        JsonLocator::lineColumn(json, error.offset, &p.line, &p.column);
        p.message = QCoreApplication::translate("AdapterLoader", "The file is not valid JSON: %1.").arg(error.errorString());
        result.problems.append(p);
        return result;
    }
    if (!doc.isObject()) {
        result.problems.append({fileName, QString(), 1, 0,
                                QCoreApplication::translate("AdapterLoader", "The file must hold one JSON object.")});
        return result;
    }
    AdapterParser parser;
    Adapter adapter = parser.parse(doc.object());
    adapter.file = fileName;
    const JsonLocator locator(json);
    for (const auto &pr : parser.problems())
        result.problems.append(located(fileName, locator, pr.first, pr.second));
    result.adapter = std::move(adapter);
    *kept = json;
    return result;
}

AdapterLoadResult structureOnly(AdapterLoadResult result)
{
    if (!result.problems.isEmpty())
        result.adapter.reset();
    return result;
}

bool readFile(const QString &path, QByteArray *data, AdapterLoadResult *result)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        result->problems.append({path, QString(), 0, 0,
                                 QCoreApplication::translate("AdapterLoader", "Cannot read the adapter file: %1.").arg(f.errorString())});
        return false;
    }
    *data = f.readAll();
    return true;
}

void addCatalogProblems(AdapterLoadResult &result, const QByteArray &json, pqxx::connection &conn)
{
    const JsonLocator locator(json);
    try {
        AdapterCatalogCheck check;
        for (const auto &pr : check.run(*result.adapter, conn))
            result.problems.append(located(result.adapter->file, locator, pr.first, pr.second));
    } catch (const std::exception &e) {
        result.problems.append({result.adapter->file, QString(), 0, 0,
                                QCoreApplication::translate("AdapterLoader", "Cannot read the database catalog: %1")
                                    .arg(QString::fromUtf8(e.what()).trimmed())});
    }
    if (!result.problems.isEmpty())
        result.adapter->catalogChecked = false;
}

} // namespace

namespace AdapterLoader {

AdapterLoadResult loadData(const QByteArray &json, const QString &fileName)
{
    QByteArray kept;
    return structureOnly(parseData(json, fileName, &kept));
}

AdapterLoadResult loadFile(const QString &path)
{
    AdapterLoadResult result;
    QByteArray data;
    if (!readFile(path, &data, &result))
        return result;
    return loadData(data, path);
}

AdapterLoadResult loadData(const QByteArray &json, const QString &fileName, pqxx::connection &conn)
{
    QByteArray kept;
    AdapterLoadResult result = parseData(json, fileName, &kept);
    // Catalog problems are worth reporting even when the structure has some: people fix all at
    // once. The adapter itself is only handed out when the structure was sound.
    const bool structureOk = result.problems.isEmpty();
    if (result.adapter)
        addCatalogProblems(result, kept, conn);
    if (!structureOk)
        result.adapter.reset();
    return result;
}

AdapterLoadResult load(const QString &path, pqxx::connection &conn)
{
    AdapterLoadResult result;
    QByteArray data;
    if (!readFile(path, &data, &result))
        return result;
    return loadData(data, path, conn);
}

QList<AdapterProblem> checkCatalog(Adapter &adapter, pqxx::connection &conn)
{
    AdapterLoadResult result;
    result.adapter = adapter;
    addCatalogProblems(result, QByteArray(), conn);
    adapter = *result.adapter;
    return result.problems;
}

} // namespace AdapterLoader
