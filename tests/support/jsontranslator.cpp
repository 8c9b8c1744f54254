#include "jsontranslator.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

bool JsonTranslator::loadJson(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    if (!doc.isObject()) {
        if (error)
            *error = parse.errorString();
        return false;
    }
    m_texts.clear();
    const QJsonObject contexts = doc.object();
    for (auto context = contexts.begin(); context != contexts.end(); ++context) {
        const QJsonObject texts = context.value().toObject();
        for (auto text = texts.begin(); text != texts.end(); ++text)
            m_texts.insert(context.key() + QLatin1Char('\n') + text.key(), text.value().toString());
    }
    return true;
}

QString JsonTranslator::translate(const char *context, const char *sourceText, const char *, int) const
{
    // QCoreApplication::translate replaces %n afterwards.
    return m_texts.value(QString::fromUtf8(context) + QLatin1Char('\n') + QString::fromUtf8(sourceText));
}
