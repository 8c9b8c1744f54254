#pragma once

#include "db/connectionprofile.h"
#include "db/connectiontester.h"
#include "db/dberror.h"
#include "db/profilestore.h"
#include "db/result.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QObject>

class PasswordStore;

// The platform connections of this session: the saved profiles (ProfileStore), their passwords
// (PasswordStore) and whether each is connected. Lives in the GUI thread.
//
// "Connected" is a verified state, not a held connection: the server answered, accepted the
// user and password, and the profile's adapter matched the live schema. Workers open their own
// connection in their own thread from credentials(id) (one connection per thread).
//
// Typical use by the main window:
//   manager.reconnectRemembered();             // at start: what was connected at the last exit
//   connect(&manager, &ConnectionManager::stateChanged, ...); // state(id), lastError(id)
//   manager.connectProfile(id);                // async; never blocks
// When the server asks for a password that is not known (or rejects the one used),
// passwordNeeded(id, error) is emitted; answer with providePassword(id, password, remember),
// which connects again. ConnectionsPage answers it with PasswordDialog, so a window that shows
// a ConnectionsPage need not.
class ConnectionManager : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, Failed };
    Q_ENUM(State)

    struct Status
    {
        State state = State::Disconnected;
        DbError error;            // why the last attempt failed (Kind::None otherwise)
        QString serverVersion;
        bool tls = false;
        QString adapterName;
        QDateTime since;          // when the state was entered
    };

    // What a worker needs to open its own connection: PgConnection::open(profile, password).
    // An empty password lets libpq use PGPASSWORD or its pgpass file.
    struct Credentials
    {
        ConnectionProfile profile;
        QString password;
    };

    explicit ConnectionManager(QObject *parent = nullptr);
    ~ConnectionManager() override;

    // Profiles, sorted by name.
    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QString &id) const;
    std::optional<ConnectionProfile> profileByName(const QString &name) const;
    ProfileStore &profileStore() { return m_profiles; }
    PasswordStore *passwordStore() const { return m_passwords; }

    Status status(const QString &id) const;
    State state(const QString &id) const { return status(id).state; }
    DbError lastError(const QString &id) const { return status(id).error; }
    bool isConnected(const QString &id) const { return state(id) == State::Connected; }
    QStringList connectedIds() const;
    // Only meaningful while connected: the password the connection was verified with.
    std::optional<Credentials> credentials(const QString &id) const;

    // Connects asynchronously (Connecting, then Connected or Failed). A second call while an
    // attempt runs restarts it; the older attempt's result is dropped.
    void connectProfile(const QString &id);
    void connectAll();
    // Connects the profiles that were connected when Zhiqiao last exited.
    void reconnectRemembered();
    void disconnectProfile(const QString &id);

    // Tests a profile that need not be saved. An empty password is looked up for saved
    // profiles (session, keychain, ZHIQIAO_PASSWORD), otherwise libpq's own sources are used.
    QFuture<ConnectionTestResult> testProfile(const ConnectionProfile &profile, const QString &password = {});

    // Adds (empty or unknown id) or updates a profile. A non-empty password is kept for the
    // session and, with rememberPassword and a keychain, stored there (without it, an entry
    // already in the keychain is deleted). Editing a connected profile reconnects it with the
    // new settings. Returns the saved profile (with its id) or a plain-word error.
    Result<ConnectionProfile> saveProfile(const ConnectionProfile &profile, const QString &password = {},
                                          bool rememberPassword = true);
    // Removes the profile, its keychain entry and its state.
    void removeProfile(const QString &id);

    // The answer to passwordNeeded: keeps the password (session, keychain when remember) and
    // connects again.
    void providePassword(const QString &id, const QString &password, bool remember);

    static QString stateText(State state); // plain words: "Connected", "Connecting…", ...

signals:
    void profilesChanged();
    void stateChanged(const QString &id);
    // The server wants a password that is not known, or rejected the one used.
    void passwordNeeded(const QString &id, const DbError &reason);

private:
    void setStatus(const QString &id, Status status);

    ProfileStore m_profiles;
    PasswordStore *m_passwords;
    QHash<QString, Status> m_status;
    QHash<QString, quint64> m_generation; // per profile; results of older attempts are dropped
    QHash<QString, QString> m_verifiedPassword;
};
