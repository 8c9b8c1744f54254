#pragma once

#include <QMetaType>
#include <QString>

#include <string>

// One saved platform connection. Never holds the password (see PasswordStore).
struct ConnectionProfile
{
    QString id;          // stable identifier (uuid), the key in settings and in the keychain
    QString name;        // shown to people, unique; zhiqiao-cli --platform takes it
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database;
    QString user;
    QString sslMode = QStringLiteral("prefer"); // disable|allow|prefer|require|verify-ca|verify-full
    QString sslRootCert; // CA file for verify-ca / verify-full
    QString adapterPath; // adapter JSON: a file path or a built-in ":/adapters/<name>.json"
    QString environment = QStringLiteral("test"); // production|staging|test|development

    bool isValid() const;
    // libpq keyword/value connection string; every value quoted and escaped.
    std::string conninfo(const QString &password, int connectTimeoutSeconds = 10) const;
    // host:port/database as people read it.
    QString address() const;

    static QStringList sslModes();
    static QStringList environments();
};

Q_DECLARE_METATYPE(ConnectionProfile)
