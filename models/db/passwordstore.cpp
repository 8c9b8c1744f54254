#include "db/passwordstore.h"

#include <QPromise>
#include <QtGlobal>

#include <qt6keychain/keychain.h>

#include <memory>

namespace {
template <class T>
QFuture<T> readyFuture(T value)
{
    QPromise<T> promise;
    QFuture<T> future = promise.future();
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return future;
}

// Errors that say "there is no keychain here" rather than "this entry is missing".
bool meansNoKeychain(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError;
}
} // namespace

PasswordStore::PasswordStore(QObject *parent)
    : QObject(parent)
{
    if (qEnvironmentVariable("ZHIQIAO_NO_KEYCHAIN") == QLatin1String("1")) {
        markUnavailable(tr("The keychain is turned off (ZHIQIAO_NO_KEYCHAIN=1)."));
        return;
    }
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    // Without a session bus there is no Secret Service or KWallet to talk to; trying would
    // only wait for D-Bus timeouts.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        markUnavailable(tr("No keychain service is running in this desktop session."));
#endif
}

QString PasswordStore::serviceName()
{
    return QStringLiteral("Zhiqiao");
}

QString PasswordStore::keyFor(const QString &profileId)
{
    return QStringLiteral("connection/") + profileId;
}

void PasswordStore::markUnavailable(const QString &reason)
{
    const bool was = m_keychainAvailable;
    m_keychainAvailable = false;
    m_unavailableReason = reason;
    if (was)
        emit keychainAvailableChanged(false);
}

std::optional<QString> PasswordStore::sessionPassword(const QString &profileId) const
{
    const auto it = m_session.constFind(profileId);
    if (it == m_session.constEnd())
        return std::nullopt;
    return *it;
}

void PasswordStore::setSessionPassword(const QString &profileId, const QString &password)
{
    m_session.insert(profileId, password);
}

void PasswordStore::forgetSessionPassword(const QString &profileId)
{
    m_session.remove(profileId);
}

QFuture<PasswordStore::Lookup> PasswordStore::lookup(const QString &profileId)
{
    if (const auto cached = sessionPassword(profileId))
        return readyFuture(Lookup{*cached, Source::Session});

    auto fromEnvironment = [] {
        if (qEnvironmentVariableIsSet("ZHIQIAO_PASSWORD"))
            return Lookup{qEnvironmentVariable("ZHIQIAO_PASSWORD"), Source::Environment};
        return Lookup{};
    };
    if (!m_keychainAvailable || profileId.isEmpty())
        return readyFuture(fromEnvironment());

    auto promise = std::make_shared<QPromise<Lookup>>();
    QFuture<Lookup> future = promise->future();
    promise->start();
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setKey(keyFor(profileId));
    connect(job, &QKeychain::Job::finished, this, [this, promise, profileId, fromEnvironment](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        Lookup result;
        if (read->error() == QKeychain::NoError) {
            result = Lookup{read->textData(), Source::Keychain};
            m_session.insert(profileId, result.password); // the keychain is asked once per session
        } else {
            if (meansNoKeychain(read->error()))
                markUnavailable(tr("The keychain could not be used: %1").arg(read->errorString()));
            result = fromEnvironment();
        }
        promise->addResult(result);
        promise->finish();
    });
    job->start();
    return future;
}

QFuture<DbError> PasswordStore::storeInKeychain(const QString &profileId, const QString &password)
{
    setSessionPassword(profileId, password);
    if (!m_keychainAvailable)
        return readyFuture(DbError::make(DbError::Kind::Io,
            tr("The password is kept for this session only: %1").arg(m_unavailableReason)));

    auto promise = std::make_shared<QPromise<DbError>>();
    QFuture<DbError> future = promise->future();
    promise->start();
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setKey(keyFor(profileId));
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, promise](QKeychain::Job *j) {
        DbError error;
        if (j->error() != QKeychain::NoError) {
            if (meansNoKeychain(j->error()))
                markUnavailable(tr("The keychain could not be used: %1").arg(j->errorString()));
            error = DbError::make(DbError::Kind::Io,
                tr("The password could not be saved in the keychain; it is kept for this session only."),
                j->errorString());
        }
        promise->addResult(error);
        promise->finish();
    });
    job->start();
    return future;
}

QFuture<DbError> PasswordStore::remove(const QString &profileId)
{
    forgetSessionPassword(profileId);
    if (!m_keychainAvailable)
        return readyFuture(DbError{});

    auto promise = std::make_shared<QPromise<DbError>>();
    QFuture<DbError> future = promise->future();
    promise->start();
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setKey(keyFor(profileId));
    connect(job, &QKeychain::Job::finished, this, [promise](QKeychain::Job *j) {
        DbError error;
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            error = DbError::make(DbError::Kind::Io, tr("The password could not be removed from the keychain."),
                                  j->errorString());
        promise->addResult(error);
        promise->finish();
    });
    job->start();
    return future;
}
