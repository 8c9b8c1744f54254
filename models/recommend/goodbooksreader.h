#pragma once

#include "db/result.h"
#include "recommend/interactions.h"

#include <QHash>
#include <QString>

// goodbooks-10k (Zając, CC BY-SA 4.0; ../shared/data/goodbooks/README.md) as a platform: books
// are items, each book's primary genre tag (book_groups.csv, derived from its tags) is its
// category, a rating >= 4 is a positive with signal Rated. The catalogue's `group` column splits
// it into the fiction and the nonfiction "platforms"; a reader's user_id is the same on both,
// which is their identity link.
namespace GoodbooksReader {

enum class Group { All, Fiction, Nonfiction };

struct Book
{
    QString title;
    QString genre;
    Group group = Group::All;
    QString authors; // from books.csv when it is there
};
using Catalogue = QHash<QString, Book>; // book_id -> book

// book_groups.csv in `directory` (and the authors from books.csv, when present).
Result<Catalogue> readCatalogue(const QString &directory);

// A ratings file (user_id,book_id,rating; a header line) restricted to the catalogue's books of
// `group`; every catalogue book of the group is an item even without positives, in book_id order.
// Users without a positive are left out. A malformed line fails with its line number.
Result<Interactions> readRatings(const QString &path, const Catalogue &catalogue, Group group, int minRating = 4);

// "fiction", "nonfiction", "all" (and back; unknown names give All with ok = false).
QString groupName(Group group);
Group groupFromName(const QString &name, bool *ok = nullptr);

// One CSV record split into fields (RFC 4180 quotes, no embedded line breaks).
QStringList splitCsvLine(const QString &line);

} // namespace GoodbooksReader
