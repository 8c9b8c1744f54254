#pragma once

#include "db/connectionprofile.h"
#include "db/result.h"

#include <QList>
#include <QStringList>

#include <optional>

// Saved platform connections in Zhiqiao's settings (AppSettings::open()), one group per profile
// id. Shared by the GUI and zhiqiao-cli, so every call reads or writes settings directly; there
// is no cache to go stale. Passwords are never written here (see PasswordStore).
//
// Layout: connections/profiles/<id>/{name,host,port,database,user,sslMode,sslRootCert,
// adapterPath,environment} and connections/autoConnect (ids to reconnect at start).
class ProfileStore
{
public:
    // All profiles, sorted by name (case-insensitive).
    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QString &id) const;
    // Exact name first, then a case-insensitive match (what zhiqiao-cli --platform takes).
    std::optional<ConnectionProfile> profileByName(const QString &name) const;

    // Problems that prevent saving, in plain words (empty = valid). `ignoreId` is the profile
    // being edited, so it does not clash with its own name.
    QStringList problems(const ConnectionProfile &profile, const QString &ignoreId = {}) const;

    // Adds a profile; an empty id gets a new uuid. Fails (Kind::Other, plain message) when the
    // profile has problems or the id already exists.
    Result<ConnectionProfile> add(ConnectionProfile profile);
    // Replaces the profile with the same id. Fails when it does not exist or has problems.
    Result<ConnectionProfile> update(const ConnectionProfile &profile);
    // Removes the profile and its auto-connect mark; false when it did not exist.
    bool remove(const QString &id);

    // Profiles the person left connected, reconnected at the next start.
    QStringList autoConnectIds() const;
    void setAutoConnect(const QString &id, bool on);

    static QString newId();

private:
    void write(const ConnectionProfile &profile);
};
