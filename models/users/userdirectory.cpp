#include "users/userdirectory.h"

#include "core/backgroundpool.h"
#include "core/whenready.h"
#include "db/connectionmanager.h"
#include "identity/identitynormalizer.h"
#include "migration/workspace.h"
#include "users/profileloader.h"

#include <QSet>
#include <QTimeZone>
#include <QtConcurrent>

namespace {

// Collects one answer per platform on the GUI thread and calls `done` after the last.
template <class T>
struct Gather
{
    int pending = 0;
    QList<T> values;
    QList<UserDirectory::PlatformError> errors;
    QStringList truncated; // platforms with more matches than were returned
};

// The workspace is read and written on one thread, so decisions are recorded in the order made.
QThreadPool *workspacePool()
{
    static QThreadPool *pool = backgroundPool(QStringLiteral("ZhiqiaoUsersWorkspace"), 1);
    return pool;
}

} // namespace

UserDirectory::UserDirectory(ConnectionManager *connections, QObject *parent)
    : QObject(parent), m_connections(connections), m_timeZone(QString::fromUtf8(QTimeZone::systemTimeZoneId()))
{
    connect(m_connections, &ConnectionManager::stateChanged, this, &UserDirectory::syncWorkers);
    connect(m_connections, &ConnectionManager::profilesChanged, this, &UserDirectory::syncWorkers);
    syncWorkers();
    reloadDecisions();
}

void UserDirectory::reloadDecisions()
{
    whenReady(QtConcurrent::run(workspacePool(), []() -> Result<IdentityDecisions> {
                  auto session = Workspace::connect();
                  if (!session.ok())
                      return session.error();
                  return Workspace::identityDecisions(**session);
              }),
              this, [this](const Result<IdentityDecisions> &r) {
                  m_decisionsReady = true;
                  m_decisionsError = r.ok() ? DbError{} : r.error();
                  if (r.ok())
                      m_decisions = r.value();
                  emit decisionsLoaded(m_decisionsError);
              });
}

void UserDirectory::decide(const QList<IdentityDecision> &decisions)
{
    whenReady(QtConcurrent::run(workspacePool(), [decisions]() -> Result<QList<IdentityDecision>> {
                  auto session = Workspace::connect();
                  if (!session.ok())
                      return session.error();
                  PgSession &s = **session;
                  if (DbError e = s.begin(); e.isError())
                      return e;
                  QList<IdentityDecision> recorded;
                  for (const IdentityDecision &d : decisions) {
                      auto r = Workspace::recordIdentityDecision(s, d);
                      if (!r.ok()) {
                          s.rollback();
                          return r.error();
                      }
                      recorded.append(r.value());
                  }
                  const PgSession::CommitResult c = s.commit();
                  if (!c.committed())
                      return c.error;
                  return recorded;
              }),
              this, [this](const Result<QList<IdentityDecision>> &r) {
                  if (!r.ok()) {
                      emit decisionFailed(r.error());
                      reloadDecisions(); // a commit in doubt may have been recorded after all
                      return;
                  }
                  for (const IdentityDecision &d : r.value())
                      m_decisions.apply(d);
                  emit decisionRecorded(r.value());
              });
}

UserDirectory::~UserDirectory()
{
    m_searchChannel->fetch_add(1);
    m_profileChannel->fetch_add(1);
}

QStringList UserDirectory::platforms() const
{
    QStringList out;
    for (const auto &w : m_workers)
        out.append(w->platform());
    out.sort();
    return out;
}

void UserDirectory::syncWorkers()
{
    bool changed = false;
    QSet<QString> connected;
    for (const ConnectionProfile &p : m_connections->profiles()) {
        if (!m_connections->isConnected(p.id))
            continue;
        connected.insert(p.id);
        auto existing = m_workers.constFind(p.id);
        if (existing != m_workers.constEnd() && (*existing)->platform() == p.name)
            continue;
        const auto credentials = m_connections->credentials(p.id);
        if (!credentials)
            continue;
        m_workers.insert(p.id, std::make_shared<PlatformWorker>(credentials->profile, credentials->password, p.name));
        changed = true;
    }
    for (auto it = m_workers.begin(); it != m_workers.end();) {
        if (connected.contains(it.key())) {
            ++it;
            continue;
        }
        // Joining the worker's thread may wait for a statement to be cancelled: not here.
        std::shared_ptr<PlatformWorker> gone = it.value();
        it = m_workers.erase(it);
        (void)QtConcurrent::run([gone]() mutable { gone.reset(); });
        changed = true;
    }
    if (changed)
        emit platformsChanged();
}

quint64 UserDirectory::search(const QString &text)
{
    const PlatformWorker::Ticket ticket = PlatformWorker::next(m_searchChannel);
    for (const auto &w : m_workers)
        w->cancelStale();
    const quint64 request = ticket.value;
    const UserSearch::Query query = UserSearch::Query::parse(text);
    auto gather = std::make_shared<Gather<UserSearch::Hit>>();
    gather->pending = int(m_workers.size());
    if (query.isEmpty() || gather->pending == 0) {
        QMetaObject::invokeMethod(this, [this, request] { emit searchFinished(request, {}, {}, {}); }, Qt::QueuedConnection);
        return request;
    }
    for (const auto &w : m_workers) {
        const QString platform = w->platform();
        auto truncated = std::make_shared<bool>(false); // written on the worker, read after the answer arrived
        whenReady(w->run<QList<UserSearch::Hit>>(
                      [query, truncated](PlatformWorker::Context &c) {
                          return UserSearch::search(c, query, kSearchLimit, truncated.get());
                      },
                      ticket),
                  this, [this, gather, platform, request, ticket, truncated](const Result<QList<UserSearch::Hit>> &r) {
                if (r.ok())
                    gather->values += r.value();
                if (r.ok() && *truncated)
                    gather->truncated.append(platform);
                else if (r.error().kind != DbError::Kind::Cancelled)
                    gather->errors.append({platform, r.error()});
                if (--gather->pending > 0 || ticket.stale())
                    return;
                gather->truncated.sort();
                identityRound(request, ticket, gather->values, gather->errors, gather->truncated);
            });
    }
    return request;
}

void UserDirectory::identityRound(quint64 request, const PlatformWorker::Ticket &ticket, QList<UserSearch::Hit> hits,
                                  QList<PlatformError> errors, QStringList truncated)
{
    // The identifiers of what the search found, looked up on every platform: the search may
    // have found a person on one platform by name, and their other accounts only share a phone.
    QSet<QString> emailSet, phoneSet;
    for (const UserSearch::Hit &h : hits) {
        if (const auto e = IdentityNormalizer::email(h.email); e.isValid())
            emailSet.insert(e.value);
        if (const auto p = IdentityNormalizer::phone(h.phone); p.isValid())
            phoneSet.insert(p.value);
    }
    const QStringList emails(emailSet.begin(), emailSet.end()), phones(phoneSet.begin(), phoneSet.end());
    auto gather = std::make_shared<Gather<UserSearch::Hit>>();
    gather->values = hits;
    gather->errors = errors;
    gather->truncated = truncated;
    gather->pending = int(m_workers.size());
    if (hits.isEmpty() || gather->pending == 0) {
        emit searchFinished(request, Person::fromHits(hits, m_decisions), errors, truncated);
        return;
    }
    for (const auto &w : m_workers) {
        const QString platform = w->platform();
        whenReady(w->run<QList<UserSearch::Hit>>(
                      [emails, phones](PlatformWorker::Context &c) { return UserSearch::accountsWith(c, emails, phones); },
                      ticket),
                  this, [this, gather, platform, request, ticket](Result<QList<UserSearch::Hit>> r) {
                if (r.ok()) {
                    for (UserSearch::Hit &h : r.value())
                        h.matchedBy = UserSearch::ByLink;
                    gather->values += r.value();
                } else if (r.error().kind != DbError::Kind::Cancelled) {
                    gather->errors.append({platform, r.error()});
                }
                if (--gather->pending > 0 || ticket.stale())
                    return;
                emit searchFinished(request, Person::fromHits(gather->values, m_decisions), gather->errors, gather->truncated);
            });
    }
}

quint64 UserDirectory::loadProfiles(const QList<Profile::AccountRef> &accounts)
{
    const PlatformWorker::Ticket ticket = PlatformWorker::next(m_profileChannel);
    for (const auto &w : m_workers)
        w->cancelStale();
    const quint64 request = ticket.value;
    auto gather = std::make_shared<Gather<Profile::AccountProfile>>();
    QList<Profile::AccountRef> reachable;
    for (const Profile::AccountRef &a : accounts) {
        if (m_workers.contains(a.connectionId))
            reachable.append(a);
        else
            gather->errors.append({a.platform, DbError::make(DbError::Kind::ConnectionLost,
                                                             tr("%1 is not connected.").arg(a.platform))});
    }
    gather->pending = int(reachable.size());
    if (reachable.isEmpty()) {
        QMetaObject::invokeMethod(this, [this, request, gather] { emit profilesLoaded(request, {}, gather->errors); },
                                  Qt::QueuedConnection);
        return request;
    }
    const QString zone = m_timeZone;
    for (const Profile::AccountRef &a : reachable) {
        const std::shared_ptr<PlatformWorker> &w = m_workers.value(a.connectionId);
        const QString platform = w->platform();
        const QString key = a.userKey;
        whenReady(w->run<Profile::AccountProfile>(
                      [key, zone](PlatformWorker::Context &c) { return ProfileLoader::load(c, key, zone); }, ticket),
                  this, [this, gather, platform, request, ticket](const Result<Profile::AccountProfile> &r) {
                if (r.ok())
                    gather->values.append(r.value());
                else if (r.error().kind != DbError::Kind::Cancelled)
                    gather->errors.append({platform, r.error()});
                if (--gather->pending > 0 || ticket.stale())
                    return;
                emit profilesLoaded(request, gather->values, gather->errors);
            });
    }
    return request;
}
