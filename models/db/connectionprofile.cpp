#include "db/connectionprofile.h"

#include <QStringList>

namespace {
// libpq: values in single quotes, with backslash and single quote escaped by a backslash.
std::string quoted(const QString &value)
{
    std::string out = "'";
    for (char c : value.toStdString()) {
        if (c == '\\' || c == '\'')
            out += '\\';
        out += c;
    }
    out += '\'';
    return out;
}
} // namespace

bool ConnectionProfile::isValid() const
{
    return !name.trimmed().isEmpty() && !host.trimmed().isEmpty() && port > 0 && port < 65536
        && !database.trimmed().isEmpty() && !user.trimmed().isEmpty()
        && sslModes().contains(sslMode);
}

std::string ConnectionProfile::conninfo(const QString &password, int connectTimeoutSeconds) const
{
    std::string s = "host=" + quoted(host) + " port=" + std::to_string(port)
        + " dbname=" + quoted(database) + " user=" + quoted(user)
        + " sslmode=" + quoted(sslMode)
        + " connect_timeout=" + std::to_string(connectTimeoutSeconds)
        + " application_name='zhiqiao'";
    if (!sslRootCert.isEmpty())
        s += " sslrootcert=" + quoted(sslRootCert);
    if (!password.isEmpty())
        s += " password=" + quoted(password);
    return s;
}

QString ConnectionProfile::address() const
{
    return QStringLiteral("%1:%2/%3").arg(host).arg(port).arg(database);
}

QStringList ConnectionProfile::sslModes()
{
    return {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

QStringList ConnectionProfile::environments()
{
    return {QStringLiteral("production"), QStringLiteral("staging"), QStringLiteral("test"),
            QStringLiteral("development")};
}
