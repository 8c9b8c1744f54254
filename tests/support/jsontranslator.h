#pragma once

#include <QHash>
#include <QString>
#include <QTranslator>

// A translator over a JSON file {"Context": {"English source": "translation"}}: the form in which
// translations wait (translations/pending/*.json) before they are merged into the .ts files, so
// tests and screenshots can switch language with them.
class JsonTranslator : public QTranslator
{
public:
    bool loadJson(const QString &path, QString *error = nullptr);

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return m_texts.isEmpty(); }
    int size() const { return int(m_texts.size()); }

private:
    QHash<QString, QString> m_texts; // "context\nsource" -> translation
};
