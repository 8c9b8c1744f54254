#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

// Finds the line of each value in a JSON text by its path (entities.user.fields.email.column,
// joins[0].table), so problems can say where they are. QJsonDocument keeps no positions.
class JsonLocator
{
public:
    explicit JsonLocator(const QByteArray &json);

    // 1-based line of the value at `path`, or of its nearest located ancestor; 0 if none.
    int line(const QString &path) const;

    // Line and column (1-based, in characters) of a byte offset, for parse errors.
    static void lineColumn(const QByteArray &json, int offset, int *line, int *column);

private:
    void skipSpace();
    void value(const QString &path);
    void object(const QString &path);
    void array(const QString &path);
    QString string();
    void scalar();

    QByteArray m_json;
    int m_pos = 0;
    int m_line = 1;
    QHash<QString, int> m_lines;
};
