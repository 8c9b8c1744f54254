#pragma once

#include "db/dberror.h"
#include "identity/identitydecisions.h"
#include "users/person.h"
#include "users/platformworker.h"
#include "users/profiledata.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class ConnectionManager;

// The users area's access to every connected platform: one PlatformWorker per connected
// platform, created and dropped as connections come and go. Lives in the GUI thread and never
// waits: requests return at once and answer with a signal. A newer search supersedes an older
// one, and a newer profile request an older one (stale jobs are skipped or their statement is
// cancelled), so switching people quickly never shows the wrong person. People are grouped with
// the identity decisions kept in the workspace (read when the directory starts; decide() adds).
class UserDirectory : public QObject
{
    Q_OBJECT
public:
    struct PlatformError
    {
        QString platform;
        DbError error;
    };

    static constexpr int kSearchLimit = 50; // accounts per platform a search returns

    explicit UserDirectory(ConnectionManager *connections, QObject *parent = nullptr);
    ~UserDirectory() override;

    QStringList platforms() const; // labels of the platforms searched, sorted

    // Searches every connected platform, then looks up the identifiers of what it found on every
    // platform and groups the accounts into people. Returns the request id.
    quint64 search(const QString &text);
    // Loads the profile of each account (in parallel, one job per platform). Returns the request id.
    quint64 loadProfiles(const QList<Profile::AccountRef> &accounts);

    // The identity decisions searches group people by; ready once decisionsLoaded came.
    const IdentityDecisions &decisions() const { return m_decisions; }
    bool decisionsReady() const { return m_decisionsReady; }
    DbError decisionsError() const { return m_decisionsError; }
    // Reads the decisions from the workspace again (decisionsLoaded answers).
    void reloadDecisions();
    // Records a person's decisions on pairs of accounts in the workspace, all or none;
    // decisionRecorded or decisionFailed answers. Searches after it group people by them.
    void decide(const QList<IdentityDecision> &decisions);

    // Days and hours of profiles are counted in this zone (default: the system's).
    void setTimeZone(const QString &ianaId) { m_timeZone = ianaId; }
    QString timeZone() const { return m_timeZone; }

signals:
    // `truncated`: the platforms on which more accounts match than kSearchLimit (shown are the best).
    void searchFinished(quint64 request, const QList<Person> &people, const QList<UserDirectory::PlatformError> &errors,
                        const QStringList &truncated);
    void profilesLoaded(quint64 request, const QList<Profile::AccountProfile> &profiles,
                        const QList<UserDirectory::PlatformError> &errors);
    void platformsChanged();
    void decisionsLoaded(const DbError &error); // error set: the workspace could not be read
    void decisionRecorded(const QList<IdentityDecision> &decisions);
    void decisionFailed(const DbError &error);

private:
    void syncWorkers();
    void identityRound(quint64 request, const PlatformWorker::Ticket &ticket, QList<UserSearch::Hit> hits,
                       QList<PlatformError> errors, QStringList truncated);

    ConnectionManager *m_connections;
    QHash<QString, std::shared_ptr<PlatformWorker>> m_workers; // by connection id
    std::shared_ptr<std::atomic<quint64>> m_searchChannel = std::make_shared<std::atomic<quint64>>(0);
    std::shared_ptr<std::atomic<quint64>> m_profileChannel = std::make_shared<std::atomic<quint64>>(0);
    QString m_timeZone;
    IdentityDecisions m_decisions;
    bool m_decisionsReady = false;
    DbError m_decisionsError;
};
