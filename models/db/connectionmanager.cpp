#include "db/connectionmanager.h"

#include "core/whenready.h"
#include "db/passwordstore.h"

#include <utility>

namespace {
struct Attempt
{
    PasswordStore::Lookup password;
    ConnectionTestResult result;
};
} // namespace

ConnectionManager::ConnectionManager(QObject *parent)
    : QObject(parent)
    , m_passwords(new PasswordStore(this))
{
}

ConnectionManager::~ConnectionManager() = default;

QList<ConnectionProfile> ConnectionManager::profiles() const
{
    return m_profiles.profiles();
}

std::optional<ConnectionProfile> ConnectionManager::profile(const QString &id) const
{
    return m_profiles.profile(id);
}

std::optional<ConnectionProfile> ConnectionManager::profileByName(const QString &name) const
{
    return m_profiles.profileByName(name);
}

ConnectionManager::Status ConnectionManager::status(const QString &id) const
{
    return m_status.value(id);
}

QStringList ConnectionManager::connectedIds() const
{
    QStringList out;
    for (auto it = m_status.cbegin(); it != m_status.cend(); ++it) {
        if (it->state == State::Connected)
            out << it.key();
    }
    return out;
}

std::optional<ConnectionManager::Credentials> ConnectionManager::credentials(const QString &id) const
{
    const auto p = profile(id);
    if (!p || !isConnected(id))
        return std::nullopt;
    return Credentials{*p, m_verifiedPassword.value(id)};
}

void ConnectionManager::setStatus(const QString &id, Status s)
{
    s.since = QDateTime::currentDateTime();
    m_status.insert(id, std::move(s));
    emit stateChanged(id);
}

void ConnectionManager::connectProfile(const QString &id)
{
    const auto p = profile(id);
    if (!p)
        return;
    const quint64 generation = ++m_generation[id];
    m_profiles.setAutoConnect(id, true); // reconnected at the next start until disconnected
    Status connecting;
    connecting.state = State::Connecting;
    setStatus(id, connecting);

    const ConnectionProfile profileCopy = *p;
    // The answer always comes from the event loop, never inside this call (whenReady).
    QFuture<Attempt> pending = m_passwords->lookup(id).then(
        ConnectionTester::connectionPool(), [profileCopy](PasswordStore::Lookup lookup) {
            ConnectionTestResult result = ConnectionTester::run(profileCopy, lookup.password);
            return Attempt{std::move(lookup), std::move(result)};
        });
    whenReady(pending, this, [this, id, generation](const Attempt &attempt) {
            if (m_generation.value(id) != generation)
                return; // a newer attempt, a disconnect or a removal came in between
            Status s;
            s.serverVersion = attempt.result.serverVersion;
            s.tls = attempt.result.tls;
            s.adapterName = attempt.result.adapterName;
            if (attempt.result.ok()) {
                s.state = State::Connected;
                m_verifiedPassword.insert(id, attempt.password.password);
                setStatus(id, s);
                return;
            }
            s.state = State::Failed;
            s.error = attempt.result.error;
            m_verifiedPassword.remove(id);
            setStatus(id, s);
            if (s.error.kind == DbError::Kind::WrongPassword) {
                // A remembered password that the server rejects is not offered again.
                if (attempt.password.source == PasswordStore::Source::Session
                    || attempt.password.source == PasswordStore::Source::Keychain)
                    m_passwords->forgetSessionPassword(id);
                emit passwordNeeded(id, s.error);
            }
        });
}

void ConnectionManager::connectAll()
{
    for (const ConnectionProfile &p : profiles()) {
        const State st = state(p.id);
        if (st != State::Connected && st != State::Connecting)
            connectProfile(p.id);
    }
}

void ConnectionManager::reconnectRemembered()
{
    for (const QString &id : m_profiles.autoConnectIds()) {
        if (profile(id) && state(id) != State::Connected && state(id) != State::Connecting)
            connectProfile(id);
    }
}

void ConnectionManager::disconnectProfile(const QString &id)
{
    ++m_generation[id];
    m_profiles.setAutoConnect(id, false);
    m_verifiedPassword.remove(id);
    setStatus(id, Status{});
}

QFuture<ConnectionTestResult> ConnectionManager::testProfile(const ConnectionProfile &p, const QString &password)
{
    if (!password.isEmpty())
        return ConnectionTester::start(p, password);
    return m_passwords->lookup(p.id).then(ConnectionTester::connectionPool(),
        [p](const PasswordStore::Lookup &lookup) { return ConnectionTester::run(p, lookup.password); });
}

Result<ConnectionProfile> ConnectionManager::saveProfile(const ConnectionProfile &p, const QString &password,
                                                         bool rememberPassword)
{
    const bool exists = !p.id.isEmpty() && profile(p.id).has_value();
    Result<ConnectionProfile> saved = exists ? m_profiles.update(p) : m_profiles.add(p);
    if (!saved)
        return saved;
    const QString id = saved->id;
    if (!password.isEmpty()) {
        if (rememberPassword && m_passwords->keychainAvailable()) {
            m_passwords->storeInKeychain(id, password);
        } else {
            if (exists)
                m_passwords->remove(id); // "do not remember" also means: not in the keychain
            m_passwords->setSessionPassword(id, password);
        }
    }
    emit profilesChanged();
    const State st = state(id);
    if (exists && (st == State::Connected || st == State::Connecting))
        connectProfile(id);
    return saved;
}

void ConnectionManager::removeProfile(const QString &id)
{
    ++m_generation[id];
    m_profiles.remove(id);
    m_passwords->remove(id);
    m_status.remove(id);
    m_verifiedPassword.remove(id);
    emit profilesChanged();
}

void ConnectionManager::providePassword(const QString &id, const QString &password, bool remember)
{
    if (remember && m_passwords->keychainAvailable())
        m_passwords->storeInKeychain(id, password);
    else
        m_passwords->setSessionPassword(id, password);
    connectProfile(id);
}

QString ConnectionManager::stateText(State state)
{
    switch (state) {
    case State::Disconnected: return tr("Not connected");
    case State::Connecting: return tr("Connecting…");
    case State::Connected: return tr("Connected");
    case State::Failed: return tr("Failed");
    }
    return {};
}
