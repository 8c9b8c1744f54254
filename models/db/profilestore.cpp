#include "db/profilestore.h"

#include "core/appsettings.h"

#include <QCoreApplication>
#include <QUuid>

#include <algorithm>

namespace {
const QString kProfilesGroup = QStringLiteral("connections/profiles");
const QString kAutoConnectKey = QStringLiteral("connections/autoConnect");

QString tr(const char *text)
{
    return QCoreApplication::translate("ProfileStore", text);
}

ConnectionProfile readProfile(QSettings &s, const QString &id)
{
    s.beginGroup(kProfilesGroup + QLatin1Char('/') + id);
    ConnectionProfile p;
    p.id = id;
    p.name = s.value(QStringLiteral("name")).toString();
    p.host = s.value(QStringLiteral("host"), p.host).toString();
    p.port = s.value(QStringLiteral("port"), p.port).toInt();
    p.database = s.value(QStringLiteral("database")).toString();
    p.user = s.value(QStringLiteral("user")).toString();
    p.sslMode = s.value(QStringLiteral("sslMode"), p.sslMode).toString();
    p.sslRootCert = s.value(QStringLiteral("sslRootCert")).toString();
    p.adapterPath = s.value(QStringLiteral("adapterPath")).toString();
    p.environment = s.value(QStringLiteral("environment"), p.environment).toString();
    s.endGroup();
    return p;
}

ConnectionProfile normalized(ConnectionProfile p)
{
    p.name = p.name.trimmed();
    p.host = p.host.trimmed();
    p.database = p.database.trimmed();
    p.user = p.user.trimmed();
    p.sslRootCert = p.sslRootCert.trimmed();
    p.adapterPath = p.adapterPath.trimmed();
    return p;
}

QStringList profileIds(QSettings &s)
{
    s.beginGroup(kProfilesGroup);
    const QStringList ids = s.childGroups();
    s.endGroup();
    return ids;
}
} // namespace

QList<ConnectionProfile> ProfileStore::profiles() const
{
    auto s = AppSettings::open();
    QList<ConnectionProfile> out;
    for (const QString &id : profileIds(*s))
        out << readProfile(*s, id);
    std::sort(out.begin(), out.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return out;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &id) const
{
    auto s = AppSettings::open();
    if (id.isEmpty() || !profileIds(*s).contains(id))
        return std::nullopt;
    return readProfile(*s, id);
}

std::optional<ConnectionProfile> ProfileStore::profileByName(const QString &name) const
{
    const QList<ConnectionProfile> all = profiles();
    for (const ConnectionProfile &p : all) {
        if (p.name == name)
            return p;
    }
    for (const ConnectionProfile &p : all) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

QStringList ProfileStore::problems(const ConnectionProfile &p, const QString &ignoreId) const
{
    QStringList out;
    if (p.name.trimmed().isEmpty())
        out << tr("Enter a name for the connection.");
    else {
        for (const ConnectionProfile &other : profiles()) {
            if (other.id != ignoreId && other.id != p.id
                && other.name.trimmed().compare(p.name.trimmed(), Qt::CaseInsensitive) == 0) {
                out << tr("Another connection is already called \"%1\".").arg(p.name.trimmed());
                break;
            }
        }
    }
    if (p.host.trimmed().isEmpty())
        out << tr("Enter the server's host name or address.");
    if (p.port <= 0 || p.port > 65535)
        out << tr("The port must be between 1 and 65535.");
    if (p.database.trimmed().isEmpty())
        out << tr("Enter the database name.");
    if (p.user.trimmed().isEmpty())
        out << tr("Enter the database user.");
    if (!ConnectionProfile::sslModes().contains(p.sslMode))
        out << tr("Choose an SSL mode.");
    if (p.sslMode == QLatin1String("verify-full") && p.sslRootCert.trimmed().isEmpty())
        out << tr("SSL mode verify-full needs the CA certificate file that signed the server's certificate.");
    if (!ConnectionProfile::environments().contains(p.environment))
        out << tr("Choose the environment (production, staging, test or development).");
    if (p.adapterPath.trimmed().isEmpty())
        out << tr("Choose the adapter file that describes this platform's database.");
    return out;
}

Result<ConnectionProfile> ProfileStore::add(ConnectionProfile p)
{
    p = normalized(std::move(p));
    if (p.id.isEmpty())
        p.id = newId();
    if (profile(p.id))
        return DbError::make(DbError::Kind::Other, tr("A connection with this id already exists."), {}, {}, p.id);
    const QStringList bad = problems(p);
    if (!bad.isEmpty())
        return DbError::make(DbError::Kind::Other, bad.join(QLatin1Char('\n')));
    write(p);
    return p;
}

Result<ConnectionProfile> ProfileStore::update(const ConnectionProfile &original)
{
    const ConnectionProfile p = normalized(original);
    if (!profile(p.id))
        return DbError::make(DbError::Kind::Other, tr("This connection no longer exists."), {}, {}, p.id);
    const QStringList bad = problems(p, p.id);
    if (!bad.isEmpty())
        return DbError::make(DbError::Kind::Other, bad.join(QLatin1Char('\n')));
    write(p);
    return p;
}

bool ProfileStore::remove(const QString &id)
{
    auto s = AppSettings::open();
    if (id.isEmpty() || !profileIds(*s).contains(id))
        return false;
    s->remove(kProfilesGroup + QLatin1Char('/') + id);
    QStringList ids = s->value(kAutoConnectKey).toStringList();
    if (ids.removeAll(id) > 0)
        s->setValue(kAutoConnectKey, ids);
    return true;
}

QStringList ProfileStore::autoConnectIds() const
{
    return AppSettings::open()->value(kAutoConnectKey).toStringList();
}

void ProfileStore::setAutoConnect(const QString &id, bool on)
{
    auto s = AppSettings::open();
    QStringList ids = s->value(kAutoConnectKey).toStringList();
    const bool has = ids.contains(id);
    if (on == has)
        return;
    if (on)
        ids << id;
    else
        ids.removeAll(id);
    s->setValue(kAutoConnectKey, ids);
}

QString ProfileStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void ProfileStore::write(const ConnectionProfile &p)
{
    auto s = AppSettings::open();
    // Rewrite the whole group so keys of an older version never linger (and a password key,
    // should one ever have been written by hand, is dropped).
    s->remove(kProfilesGroup + QLatin1Char('/') + p.id);
    s->beginGroup(kProfilesGroup + QLatin1Char('/') + p.id);
    s->setValue(QStringLiteral("name"), p.name);
    s->setValue(QStringLiteral("host"), p.host);
    s->setValue(QStringLiteral("port"), p.port);
    s->setValue(QStringLiteral("database"), p.database);
    s->setValue(QStringLiteral("user"), p.user);
    s->setValue(QStringLiteral("sslMode"), p.sslMode);
    s->setValue(QStringLiteral("sslRootCert"), p.sslRootCert);
    s->setValue(QStringLiteral("adapterPath"), p.adapterPath);
    s->setValue(QStringLiteral("environment"), p.environment);
    s->endGroup();
}
