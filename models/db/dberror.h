#pragma once

#include <QMetaType>
#include <QString>

#include <exception>
#include <string>

// A database or I/O failure said in plain words (message) with the server's own text kept
// for the "Details" button. Produced at the db/ boundary from libpqxx exceptions.
struct DbError
{
    enum class Kind {
        None,
        WrongPassword,      // authentication failed
        UnknownUser,        // role does not exist
        UnknownDatabase,    // database does not exist
        HostUnreachable,    // DNS failure, refused, timed out
        Tls,                // TLS handshake, certificate or sslmode problems
        AdapterMismatch,    // the adapter file does not match the live schema
        AdapterInvalid,     // the adapter file itself is malformed
        PermissionDenied,   // SQLSTATE 42501
        Cancelled,          // cancelled by the user (SQLSTATE 57014 or between batches)
        ConnectionLost,     // the server went away mid-work
        Query,              // any other SQL error
        Io,                 // local file errors
        Other
    };

    Kind kind = Kind::None;
    QString message;    // plain words, translated, for people
    QString serverText; // the server's (or library's) own text, untranslated
    QString sqlState;   // five-character SQLSTATE when the server sent one
    QString detail;     // extra context: file, place, query name

    bool isError() const { return kind != Kind::None; }
    QString kindName() const;

    static DbError make(Kind kind, const QString &message, const QString &serverText = {},
                        const QString &sqlState = {}, const QString &detail = {});
    // Classify a failure while connecting (libpq's message text is all there is).
    static DbError fromConnectFailure(const std::string &libpqMessage);
    // Classify any exception caught at the db/ boundary.
    static DbError fromException(const std::exception &e);
};

Q_DECLARE_METATYPE(DbError)
