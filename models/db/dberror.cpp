#include "db/dberror.h"

#include <QCoreApplication>

#include <pqxx/except>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DbError", text);
}

bool contains(const std::string &haystack, const char *needle)
{
    return haystack.find(needle) != std::string::npos;
}
} // namespace

QString DbError::kindName() const
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::WrongPassword: return QStringLiteral("wrong-password");
    case Kind::UnknownUser: return QStringLiteral("unknown-user");
    case Kind::UnknownDatabase: return QStringLiteral("unknown-database");
    case Kind::HostUnreachable: return QStringLiteral("host-unreachable");
    case Kind::Tls: return QStringLiteral("tls");
    case Kind::AdapterMismatch: return QStringLiteral("adapter-mismatch");
    case Kind::AdapterInvalid: return QStringLiteral("adapter-invalid");
    case Kind::PermissionDenied: return QStringLiteral("permission-denied");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    case Kind::ConnectionLost: return QStringLiteral("connection-lost");
    case Kind::Query: return QStringLiteral("query");
    case Kind::Io: return QStringLiteral("io");
    case Kind::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

DbError DbError::make(Kind kind, const QString &message, const QString &serverText,
                      const QString &sqlState, const QString &detail)
{
    DbError e;
    e.kind = kind;
    e.message = message;
    e.serverText = serverText;
    e.sqlState = sqlState;
    e.detail = detail;
    return e;
}

DbError DbError::fromConnectFailure(const std::string &m)
{
    const QString server = QString::fromStdString(m).trimmed();
    if (contains(m, "no password supplied"))
        return make(Kind::WrongPassword, tr("The server needs a password for this user, and none is known."), server, QStringLiteral("28P01"));
    // With password authentication PostgreSQL does not reveal whether the role exists, so an
    // unknown user reads the same as a wrong password; the message says both.
    if (contains(m, "password authentication failed") || contains(m, "fe_sendauth")
        || contains(m, "SASL authentication failed"))
        return make(Kind::WrongPassword, tr("The server rejected the user name or password."), server, QStringLiteral("28P01"));
    if (contains(m, "role \"") && contains(m, "does not exist"))
        return make(Kind::UnknownUser, tr("This user does not exist on the server."), server, QStringLiteral("28000"));
    if (contains(m, "database \"") && contains(m, "does not exist"))
        return make(Kind::UnknownDatabase, tr("This database does not exist on the server."), server, QStringLiteral("3D000"));
    if (contains(m, "SSL") || contains(m, "ssl") || contains(m, "certificate") || contains(m, "TLS"))
        return make(Kind::Tls, tr("A secure (TLS) connection could not be established: the server's certificate or SSL settings do not match."), server);
    if (contains(m, "could not translate host name") || contains(m, "Connection refused")
        || contains(m, "timeout expired") || contains(m, "No route to host")
        || contains(m, "Network is unreachable") || contains(m, "could not connect")
        || contains(m, "Connection timed out"))
        return make(Kind::HostUnreachable, tr("The server could not be reached. Check the host name, the port and that the server is running."), server);
    if (contains(m, "no pg_hba.conf entry"))
        return make(Kind::PermissionDenied, tr("The server does not allow this user to connect from this machine."), server, QStringLiteral("28000"));
    return make(Kind::Other, tr("The connection failed."), server);
}

DbError DbError::fromException(const std::exception &e)
{
    if (auto *se = dynamic_cast<const pqxx::sql_error *>(&e)) {
        const QString state = QString::fromStdString(se->sqlstate());
        const QString server = QString::fromStdString(se->what()).trimmed();
        if (state == QLatin1String("57014"))
            return make(Kind::Cancelled, tr("The operation was cancelled."), server, state);
        if (state == QLatin1String("42501"))
            return make(Kind::PermissionDenied, tr("The database user lacks the permission for this operation."), server, state);
        if (state.startsWith(QLatin1String("28")))
            return fromConnectFailure(se->what());
        if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01"))
            return make(Kind::ConnectionLost, tr("The connection to the server was lost."), server, state);
        return make(Kind::Query, tr("The database reported an error."), server, state, QString::fromStdString(se->query()));
    }
    if (dynamic_cast<const pqxx::broken_connection *>(&e))
        return fromConnectFailure(e.what()).kind == Kind::Other
            ? make(Kind::ConnectionLost, tr("The connection to the server was lost."), QString::fromStdString(e.what()).trimmed())
            : fromConnectFailure(e.what());
    if (dynamic_cast<const pqxx::in_doubt_error *>(&e))
        return make(Kind::ConnectionLost, tr("The connection was lost while committing; the outcome is unknown."), QString::fromStdString(e.what()).trimmed());
    return make(Kind::Other, tr("An unexpected error occurred."), QString::fromStdString(e.what()).trimmed());
}
