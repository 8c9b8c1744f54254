#pragma once

#include "db/dberror.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QString>

#include <optional>

// Where passwords live: the OS keychain (QtKeychain) when there is one, otherwise only in memory
// for this session. Nothing here ever writes a password to a file.
//
// Lookup order for a profile's password (lookup()):
//   1. the session cache (typed by the person this session, or read from the keychain before),
//   2. the OS keychain,
//   3. the ZHIQIAO_PASSWORD environment variable,
//   4. nothing: the connection is attempted without a password, so libpq can still use
//      PGPASSWORD or its pgpass file. Only when the server then asks for a password is the
//      person asked (ConnectionManager::passwordNeeded).
//
// The keychain is off when ZHIQIAO_NO_KEYCHAIN=1 (tests, CI), on Linux without a D-Bus session,
// and from the moment a keychain job reports that no backend is available.
// Keychain jobs are asynchronous and signal-based: use this object from the thread that owns it
// (the GUI or CLI main thread), which must run an event loop for the futures to finish.
class PasswordStore : public QObject
{
    Q_OBJECT
public:
    enum class Source { None, Session, Keychain, Environment };
    struct Lookup
    {
        QString password;
        Source source = Source::None;
        bool found() const { return source != Source::None; }
    };

    explicit PasswordStore(QObject *parent = nullptr);

    bool keychainAvailable() const { return m_keychainAvailable; }
    // Why the keychain is not used, in plain words (empty while it is available).
    QString keychainUnavailableReason() const { return m_unavailableReason; }

    QFuture<Lookup> lookup(const QString &profileId);

    std::optional<QString> sessionPassword(const QString &profileId) const;
    void setSessionPassword(const QString &profileId, const QString &password);
    void forgetSessionPassword(const QString &profileId);

    // Keeps the password for the session and writes it to the keychain. Resolves to a DbError
    // (Kind::None on success; Kind::Io when the keychain refused or is unavailable).
    QFuture<DbError> storeInKeychain(const QString &profileId, const QString &password);
    // Forgets the password in the session and deletes it from the keychain (a missing entry is
    // not an error).
    QFuture<DbError> remove(const QString &profileId);

    static QString serviceName();

signals:
    void keychainAvailableChanged(bool available);

private:
    void markUnavailable(const QString &reason);
    static QString keyFor(const QString &profileId);

    QHash<QString, QString> m_session;
    bool m_keychainAvailable = true;
    QString m_unavailableReason;
};

Q_DECLARE_METATYPE(PasswordStore::Lookup)
