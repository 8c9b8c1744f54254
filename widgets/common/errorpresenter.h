#pragma once

#include "db/dberror.h"

#include <QString>

class QWidget;

// The one place that shows errors to people: the plain-words message first, the server's own
// text, SQLSTATE and context behind a "Details…" button. Never blocks: the box is window-modal
// to `parent`, opened with open() and deleted when closed.
class ErrorPresenter
{
public:
    // A message box titled `title` for a failure.
    static void show(QWidget *parent, const QString &title, const DbError &error);
    // The technical part of an error as shown behind "Details…" (kind, SQLSTATE, server text,
    // detail); empty when there is nothing beyond the plain message.
    static QString detailsText(const DbError &error);
};
