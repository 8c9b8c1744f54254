#include "recommend/goodbooksimport.h"

#include "recommend/goodbooksreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace GoodbooksImport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("GoodbooksImport", text);
}

const char *const kDay = "2017-09-01 00:00:00+00"; // goodbooks-10k's release

struct Rating
{
    int reader;
    int book;
    int rating;
};

void field(std::string &out, const QString &value, bool last = false)
{
    PgSession::appendCopyText(out, value.isNull() ? std::nullopt : std::optional<std::string_view>(value.toStdString()));
    out += last ? '\n' : '\t';
}

// COPY rows produced by `row(i, out)` for i in [0, n).
template <class Row>
Result<std::int64_t> copy(PgSession &s, const std::string &sql, std::size_t n, Row row)
{
    std::size_t next = 0;
    return s.copyIn(sql, [&](std::string &chunk) {
        while (next < n && chunk.size() < PgSession::kChunkBytes)
            row(next++, chunk);
        return next < n ? PgSession::Produce::More : PgSession::Produce::Done;
    });
}

DbError importGroup(PgSession &s, bool fiction, const GoodbooksReader::Catalogue &catalogue, const std::vector<Rating> &all,
                    bool replace, Summary &summary)
{
    const std::string schema = schemaName(fiction).toStdString();
    const GoodbooksReader::Group group = fiction ? GoodbooksReader::Group::Fiction : GoodbooksReader::Group::Nonfiction;
    auto exists = s.execParams("SELECT 1 FROM pg_namespace WHERE nspname = $1", {schema});
    if (!exists.ok())
        return exists.error();
    if (!exists->empty() && !replace)
        return DbError::make(DbError::Kind::Other,
                             tr("The schema %1 exists already. Import with --replace to write it anew.").arg(QString::fromStdString(schema)));
    if (DbError e = s.begin(); e.isError())
        return e;
    auto fail = [&](const DbError &e) {
        s.rollback();
        return e;
    };
    const std::string ddl = "DROP SCHEMA IF EXISTS " + schema + " CASCADE; CREATE SCHEMA " + schema + ";"
            "CREATE TABLE " + schema + ".readers (id integer PRIMARY KEY, name text, email text NOT NULL, joined_at timestamptz NOT NULL);"
            "CREATE TABLE " + schema + ".books (id integer PRIMARY KEY, title text NOT NULL, authors text, genre text,"
            " kind text NOT NULL DEFAULT 'ebook', price numeric(10,2) NOT NULL DEFAULT 0);"
            "CREATE TABLE " + schema + ".ratings (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
            " reader_id integer NOT NULL REFERENCES " + schema + ".readers, book_id integer NOT NULL REFERENCES " + schema + ".books,"
            " rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5), rated_at timestamptz NOT NULL);"
            "COMMENT ON SCHEMA " + schema + " IS 'goodbooks-10k by Zygmunt Zajac, CC BY-SA 4.0, imported by Zhiqiao';";
    if (auto r = s.exec(ddl); !r.ok())
        return fail(r.error());
    QList<int> books;
    for (auto it = catalogue.constBegin(); it != catalogue.constEnd(); ++it)
        if (it->group == group)
            books.append(it.key().toInt());
    std::sort(books.begin(), books.end());
    const QSet<int> inGroup(books.begin(), books.end());
    auto copiedBooks = copy(s, "COPY " + schema + ".books (id, title, authors, genre) FROM STDIN", std::size_t(books.size()),
                            [&](std::size_t i, std::string &out) {
                                const auto &b = catalogue[QString::number(books[qsizetype(i)])];
                                field(out, QString::number(books[qsizetype(i)]));
                                field(out, b.title);
                                field(out, b.authors.isEmpty() ? QString() : b.authors);
                                field(out, b.genre, true);
                            });
    if (!copiedBooks.ok())
        return fail(copiedBooks.error());
    std::vector<Rating> ratings;
    for (const Rating &r : all)
        if (inGroup.contains(r.book))
            ratings.push_back(r);
    std::vector<int> readers;
    for (const Rating &r : ratings)
        readers.push_back(r.reader);
    std::sort(readers.begin(), readers.end());
    readers.erase(std::unique(readers.begin(), readers.end()), readers.end());
    auto copiedReaders = copy(s, "COPY " + schema + ".readers (id, name, email, joined_at) FROM STDIN", readers.size(),
                              [&](std::size_t i, std::string &out) {
                                  const QString id = QString::number(readers[i]);
                                  field(out, id);
                                  field(out, QStringLiteral("reader %1").arg(id));
                                  field(out, QStringLiteral("reader-%1@goodbooks.invalid").arg(id));
                                  field(out, QString::fromLatin1(kDay), true);
                              });
    if (!copiedReaders.ok())
        return fail(copiedReaders.error());
    auto copiedRatings = copy(s, "COPY " + schema + ".ratings (reader_id, book_id, rating, rated_at) FROM STDIN", ratings.size(),
                              [&](std::size_t i, std::string &out) {
                                  out += std::to_string(ratings[i].reader) + '\t' + std::to_string(ratings[i].book) + '\t'
                                          + std::to_string(ratings[i].rating) + '\t' + kDay + '\n';
                              });
    if (!copiedRatings.ok())
        return fail(copiedRatings.error());
    if (auto r = s.exec("CREATE INDEX ON " + schema + ".ratings (reader_id); ANALYZE " + schema + ".readers; ANALYZE "
                        + schema + ".books; ANALYZE " + schema + ".ratings");
        !r.ok())
        return fail(r.error());
    const auto committed = s.commit();
    if (!committed.committed())
        return committed.error.isError() ? committed.error
                                         : DbError::make(DbError::Kind::ConnectionLost, tr("The import's COMMIT may not have reached the server."));
    const int g = fiction ? 0 : 1;
    summary.readers[g] = int(readers.size());
    summary.books[g] = int(books.size());
    summary.ratings[g] = qint64(ratings.size());
    return {};
}

} // namespace

QString schemaName(bool fiction)
{
    return fiction ? QStringLiteral("goodbooks_fiction") : QStringLiteral("goodbooks_nonfiction");
}

Result<Summary> run(PgSession &session, const QString &directory, bool replace)
{
    auto catalogue = GoodbooksReader::readCatalogue(directory);
    if (!catalogue.ok())
        return catalogue.error();
    const QString path = QDir(directory).filePath(QStringLiteral("ratings.csv"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return DbError::make(DbError::Kind::Io, tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    std::vector<Rating> ratings;
    file.readLine(); // header
    qint64 line = 1;
    while (!file.atEnd()) {
        const QByteArray text = file.readLine().trimmed();
        ++line;
        if (text.isEmpty())
            continue;
        const QList<QByteArray> f = text.split(',');
        bool a = false, b = false, c = false;
        const Rating r{f.value(0).toInt(&a), f.value(1).toInt(&b), f.value(2).toInt(&c)};
        if (f.size() != 3 || !a || !b || !c || r.rating < 1 || r.rating > 5)
            return DbError::make(DbError::Kind::Io, tr("%1, line %2: not user_id,book_id,rating (1–5).").arg(QDir::toNativeSeparators(path)).arg(line));
        if (catalogue->contains(QString::number(r.book)))
            ratings.push_back(r);
    }
    Summary summary;
    for (bool fiction : {true, false})
        if (DbError e = importGroup(session, fiction, *catalogue, ratings, replace, summary); e.isError())
            return e;
    return summary;
}

} // namespace GoodbooksImport
