#include "platform/jsonlocator.h"

#include <algorithm>

JsonLocator::JsonLocator(const QByteArray &json)
    : m_json(json)
{
    skipSpace();
    if (m_pos < m_json.size())
        value(QString());
}

int JsonLocator::line(const QString &path) const
{
    QString p = path;
    while (!p.isEmpty()) {
        const auto it = m_lines.constFind(p);
        if (it != m_lines.constEnd())
            return *it;
        const int cut = std::max(p.lastIndexOf(QLatin1Char('.')), p.lastIndexOf(QLatin1Char('[')));
        if (cut <= 0)
            break;
        p.truncate(cut);
    }
    return m_lines.value(p, 0);
}

void JsonLocator::lineColumn(const QByteArray &json, int offset, int *line, int *column)
{
    const int end = std::clamp(offset, 0, int(json.size()));
    const int lineStart = json.lastIndexOf('\n', end - 1) + 1;
    *line = int(json.left(end).count('\n')) + 1;
    *column = int(QString::fromUtf8(json.mid(lineStart, end - lineStart)).size()) + 1;
}

void JsonLocator::skipSpace()
{
    while (m_pos < m_json.size()) {
        const char c = m_json.at(m_pos);
        if (c == '\n')
            ++m_line;
        else if (c != ' ' && c != '\t' && c != '\r')
            return;
        ++m_pos;
    }
}

void JsonLocator::value(const QString &path)
{
    skipSpace();
    if (!path.isEmpty() && !m_lines.contains(path))
        m_lines.insert(path, m_line);
    if (m_pos >= m_json.size())
        return;
    switch (m_json.at(m_pos)) {
    case '{': object(path); break;
    case '[': array(path); break;
    case '"': string(); break;
    default: scalar(); break;
    }
}

void JsonLocator::object(const QString &path)
{
    ++m_pos; // {
    for (;;) {
        skipSpace();
        if (m_pos >= m_json.size())
            return;
        const char c = m_json.at(m_pos);
        if (c == '}') {
            ++m_pos;
            return;
        }
        if (c == ',') {
            ++m_pos;
            continue;
        }
        if (c != '"')
            return; // not JSON; the parser reports it
        const int keyLine = m_line;
        const QString key = string();
        const QString child = path.isEmpty() ? key : path + QLatin1Char('.') + key;
        if (!m_lines.contains(child))
            m_lines.insert(child, keyLine);
        skipSpace();
        if (m_pos < m_json.size() && m_json.at(m_pos) == ':')
            ++m_pos;
        value(child);
    }
}

void JsonLocator::array(const QString &path)
{
    ++m_pos; // [
    int index = 0;
    for (;;) {
        skipSpace();
        if (m_pos >= m_json.size())
            return;
        const char c = m_json.at(m_pos);
        if (c == ']') {
            ++m_pos;
            return;
        }
        if (c == ',') {
            ++m_pos;
            continue;
        }
        const int before = m_pos;
        value(path + QLatin1Char('[') + QString::number(index++) + QLatin1Char(']'));
        if (m_pos == before)
            return; // no progress: malformed
    }
}

QString JsonLocator::string()
{
    ++m_pos; // opening quote
    QByteArray raw;
    while (m_pos < m_json.size()) {
        const char c = m_json.at(m_pos++);
        if (c == '"')
            break;
        if (c == '\\' && m_pos < m_json.size()) {
            const char e = m_json.at(m_pos++);
            switch (e) {
            case 'n': raw += '\n'; break;
            case 't': raw += '\t'; break;
            case 'r': raw += '\r'; break;
            case 'b': raw += '\b'; break;
            case 'f': raw += '\f'; break;
            case 'u': {
                const QByteArray hex = m_json.mid(m_pos, 4);
                m_pos += 4;
                raw += QString(QChar(char16_t(hex.toUShort(nullptr, 16)))).toUtf8();
                break;
            }
            default: raw += e; break; // \" \\ \/
            }
            continue;
        }
        if (c == '\n')
            ++m_line;
        raw += c;
    }
    return QString::fromUtf8(raw);
}

void JsonLocator::scalar()
{
    while (m_pos < m_json.size()) {
        const char c = m_json.at(m_pos);
        if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\t' || c == '\r')
            return;
        ++m_pos;
    }
}
