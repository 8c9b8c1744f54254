#pragma once

#include <QString>
#include <QStringList>

// Which rows of one table go into a backup: all of them, those whose `keyColumn` is one of
// `keys`, and/or those matching `condition`. The condition is SQL written by Zhiqiao's own code
// (never by users) with $1, $2, ... standing for `conditionParams`; because COPY takes no
// parameters, the values are inlined as quoted literals, so $n must not occur inside literals.
struct BackupScope
{
    QString schema;
    QString table;
    QString keyColumn;      // empty: no key filter
    QStringList keys;       // used when keyColumn is set (an empty list selects nothing)
    QString condition;      // empty: no condition
    QStringList conditionParams;
};
