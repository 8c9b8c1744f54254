#include "recommend/goodbooksreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <algorithm>

namespace GoodbooksReader {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("GoodbooksReader", text);
}

DbError fileError(const QString &path, const QString &why)
{
    return DbError::make(DbError::Kind::Io, tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), why));
}

} // namespace

QStringList splitCsvLine(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields.append(field);
            field.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    fields.append(field);
    return fields;
}

QString groupName(Group group)
{
    switch (group) {
    case Group::Fiction:
        return QStringLiteral("fiction");
    case Group::Nonfiction:
        return QStringLiteral("nonfiction");
    case Group::All:
        break;
    }
    return QStringLiteral("all");
}

Group groupFromName(const QString &name, bool *ok)
{
    const QString n = name.trimmed().toLower();
    if (ok)
        *ok = true;
    if (n == QLatin1String("fiction"))
        return Group::Fiction;
    if (n == QLatin1String("nonfiction"))
        return Group::Nonfiction;
    if (ok)
        *ok = n == QLatin1String("all");
    return Group::All;
}

Result<Catalogue> readCatalogue(const QString &directory)
{
    const QString path = QDir(directory).filePath(QStringLiteral("book_groups.csv"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return fileError(path, file.errorString());
    QTextStream in(&file);
    const QStringList header = splitCsvLine(in.readLine());
    const auto id = header.indexOf(QStringLiteral("book_id"));
    const auto genre = header.indexOf(QStringLiteral("primary_genre_tag"));
    const auto group = header.indexOf(QStringLiteral("group"));
    const auto title = header.indexOf(QStringLiteral("title"));
    if (id < 0 || genre < 0 || group < 0 || title < 0)
        return fileError(path, tr("the header must name book_id, primary_genre_tag, group and title"));
    Catalogue books;
    int lineNo = 1;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        ++lineNo;
        if (line.trimmed().isEmpty())
            continue;
        const QStringList f = splitCsvLine(line);
        if (f.size() <= std::max({id, genre, group, title}))
            return fileError(path, tr("line %1 has too few fields").arg(lineNo));
        bool known = false;
        const Group g = groupFromName(f[group], &known);
        books.insert(f[id].trimmed(), {f[title], f[genre].trimmed(), known ? g : Group::All});
    }
    if (books.isEmpty())
        return fileError(path, tr("it lists no books"));
    // Authors, from the full catalogue (optional: the evaluation does not need them).
    QFile all(QDir(directory).filePath(QStringLiteral("books.csv")));
    if (all.open(QIODevice::ReadOnly | QIODevice::Text)) {
        QTextStream catalogue(&all);
        const QStringList h = splitCsvLine(catalogue.readLine());
        const auto bookId = h.indexOf(QStringLiteral("book_id"));
        const auto authors = h.indexOf(QStringLiteral("authors"));
        while (bookId >= 0 && authors >= 0 && !catalogue.atEnd()) {
            const QStringList f = splitCsvLine(catalogue.readLine());
            if (f.size() > std::max(bookId, authors)) {
                auto found = books.find(f[bookId].trimmed());
                if (found != books.end())
                    found->authors = f[authors];
            }
        }
    }
    return books;
}

Result<Interactions> readRatings(const QString &path, const Catalogue &catalogue, Group group, int minRating)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(path, file.errorString());
    Interactions data;
    // Items in book_id order (numeric where the ids are numbers), so indexes are reproducible.
    QStringList ids;
    for (auto it = catalogue.constBegin(); it != catalogue.constEnd(); ++it)
        if (group == Group::All || it.value().group == group)
            ids.append(it.key());
    std::sort(ids.begin(), ids.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    for (const QString &id : ids) {
        const Book &b = catalogue[id];
        data.addItem({id, b.title, b.genre});
    }
    const QByteArray header = file.readLine().trimmed();
    if (!header.startsWith("user_id,book_id,rating"))
        return fileError(path, tr("the first line must be the header user_id,book_id,rating"));
    QHash<QByteArray, int> users;
    qint64 lineNo = 1;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty())
            continue;
        const QList<QByteArray> f = line.split(',');
        bool okRating = false;
        const int rating = f.size() == 3 ? f[2].toInt(&okRating) : 0;
        if (f.size() != 3 || !okRating || f[0].isEmpty() || f[1].isEmpty())
            return fileError(path, tr("line %1 is not user_id,book_id,rating").arg(lineNo));
        if (rating < minRating)
            continue;
        const int item = data.itemIndex(QString::fromLatin1(f[1]));
        if (item < 0)
            continue;
        auto u = users.constFind(f[0]);
        if (u == users.constEnd())
            u = users.insert(f[0], data.addUser(QString::fromLatin1(f[0])));
        data.add(*u, item, 1.0f, Interactions::Signal::Rated);
    }
    data.finish();
    return data;
}

} // namespace GoodbooksReader
