#include "users/profiletables.h"

#include "core/figureformat.h"
#include "identity/identitynormalizer.h"
#include "platform/canonicalnames.h"
#include "platform/canonicalschema.h"
#include "users/personaldata.h"

#include <QLocale>

#include <algorithm>

ProfileTableModel::ProfileTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    connect(this, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_headers.clear(); });
}

const QStringList &ProfileTableModel::cachedHeaders() const
{
    // Views ask for the column count with every cell: translating every header each time would
    // keep the GUI thread busy on a long table.
    if (m_headers.isEmpty())
        m_headers = headers();
    return m_headers;
}

void ProfileTableModel::retranslate()
{
    m_headers.clear();
    const int columns = columnCount();
    if (columns > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (rows() > 0 && columns > 0)
        emit dataChanged(index(0, 0), index(rows() - 1, columns - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

void ProfileTableModel::setRevealed(bool revealed)
{
    if (m_revealed == revealed)
        return;
    m_revealed = revealed;
    if (rows() > 0)
        emit dataChanged(index(0, 0), index(rows() - 1, columnCount() - 1), {Qt::DisplayRole});
}

int ProfileTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int ProfileTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(cachedHeaders().size());
}

QVariant ProfileTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows() || index.column() >= columnCount())
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return cell(index.row(), index.column());
    if (role == Qt::TextAlignmentRole && rightAligned(index.column()))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ProfileTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < columnCount())
        return cachedHeaders().at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QString ProfileTableModel::money(qint64 fen)
{
    return FigureFormat::fen(fen);
}

QString ProfileTableModel::dateTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString ProfileTableModel::name(const QString &raw) const { return m_revealed ? raw : PersonalData::maskName(raw); }
QString ProfileTableModel::email(const QString &raw) const { return m_revealed ? raw : PersonalData::maskEmail(raw); }
QString ProfileTableModel::phone(const QString &raw) const { return m_revealed ? raw : PersonalData::maskPhone(raw); }

// --- accounts

void AccountsModel::setPerson(const Person &person)
{
    beginResetModel();
    m_person = person;
    endResetModel();
}

QStringList AccountsModel::headers() const
{
    return {tr("Platform"), tr("User id"), tr("Name"), tr("E-mail"), tr("Phone"), tr("Registered"), tr("Linked by")};
}

QVariant AccountsModel::cell(int row, int column) const
{
    const UserSearch::Hit &h = m_person.accounts.at(row);
    switch (column) {
    case 0: return h.account.platform;
    case 1: return h.account.userKey;
    case 2: return name(h.name);
    case 3: return email(h.email);
    case 4: return phone(h.phone);
    case 5: return dateTime(h.registeredAt);
    case 6: {
        // Which of this account's identifiers another account of the person shares.
        QStringList by;
        if (m_person.evidence.contains(QStringLiteral("email:") + IdentityNormalizer::email(h.email).value))
            by << tr("e-mail");
        if (m_person.evidence.contains(QStringLiteral("phone:") + IdentityNormalizer::phone(h.phone).value))
            by << tr("phone");
        if (by.isEmpty())
            return m_person.accounts.size() > 1 ? QString() : tr("only account");
        return by.join(tr(", "));
    }
    }
    return {};
}

// --- purchases

void PurchasesModel::setProfiles(const QList<Profile::AccountProfile> &profiles)
{
    beginResetModel();
    m_rows.clear();
    for (const auto &p : profiles)
        for (const auto &o : p.purchases)
            m_rows.append({p.account.platform, o});
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const auto &a, const auto &b) { return a.second.orderedAt > b.second.orderedAt; });
    endResetModel();
}

QStringList PurchasesModel::headers() const
{
    return {tr("Date"), tr("Platform"), tr("Order"), tr("Item"), tr("Category"), tr("Channel"), tr("Status"),
            tr("Paid"), tr("Refunded")};
}

QVariant PurchasesModel::cell(int row, int column) const
{
    const Profile::Purchase &o = m_rows.at(row).second;
    switch (column) {
    case 0: return dateTime(o.orderedAt);
    case 1: return m_rows.at(row).first;
    case 2: return o.orderNo.isEmpty() ? o.orderKey : o.orderNo;
    case 3: return o.itemTitle.isEmpty() ? tr("(item %1 not in the catalogue)").arg(o.itemKey) : o.itemTitle;
    case 4: return o.category;
    case 5: return CanonicalNames::channel(o.channel);
    case 6: return CanonicalNames::orderStatus(o.status);
    case 7: return money(o.amountFen);
    case 8: return o.refundFen > 0 ? money(o.refundFen) : QString();
    }
    return {};
}

// --- progress

void ProgressModel::setProfiles(const QList<Profile::AccountProfile> &profiles)
{
    beginResetModel();
    m_rows.clear();
    for (const auto &p : profiles)
        for (const auto &r : p.progress)
            m_rows.append({p.account.platform, r});
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const auto &a, const auto &b) { return a.second.updatedAt > b.second.updatedAt; });
    endResetModel();
}

QStringList ProgressModel::headers() const
{
    return {tr("Platform"), tr("Item"), tr("Completed"), tr("Time spent"), tr("Last activity")};
}

QVariant ProgressModel::cell(int row, int column) const
{
    const Profile::ProgressRow &r = m_rows.at(row).second;
    switch (column) {
    case 0: return m_rows.at(row).first;
    case 1: return r.itemTitle.isEmpty() ? r.itemKey : r.itemTitle;
    case 2: return QLocale().toString(r.fraction * 100.0, 'f', 0) + QLatin1Char('%');
    case 3:
        if (r.seconds < 0)
            return QString();
        return tr("%1 h %2 min").arg(r.seconds / 3600).arg((r.seconds % 3600) / 60);
    case 4: return dateTime(r.updatedAt);
    }
    return {};
}

// --- facts

void FactsModel::setProfiles(const QList<Profile::AccountProfile> &profiles)
{
    beginResetModel();
    m_profiles = profiles;
    endResetModel();
}

QStringList FactsModel::headers() const
{
    QStringList h{tr("Platform"), tr("Registered"), tr("Channel"), tr("Account"), tr("Membership")};
    for (const QString &purpose : CanonicalSchema::consentPurposes())
        h << tr("Consent: %1").arg(CanonicalNames::consentPurpose(purpose));
    return h;
}

QVariant FactsModel::cell(int row, int column) const
{
    const Profile::AccountProfile &p = m_profiles.at(row);
    switch (column) {
    case 0: return p.account.platform;
    case 1: return dateTime(p.facts.registeredAt);
    case 2: return CanonicalNames::channel(p.facts.channel);
    case 3: return p.facts.active ? tr("open") : tr("closed");
    case 4: {
        if (p.facts.memberships.isEmpty())
            return tr("none");
        const Profile::Membership &m = p.facts.memberships.first(); // the latest
        const QString tier = m.tier.isEmpty() ? m.plan : CanonicalNames::tier(m.tier);
        return tr("%1 until %2").arg(tier, m.expiresAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")));
    }
    }
    const QStringList purposes = CanonicalSchema::consentPurposes();
    const int i = column - 5;
    if (i >= 0 && i < purposes.size()) {
        for (const Profile::Consent &c : p.facts.consents)
            if (c.purpose == purposes.at(i))
                return (c.granted ? tr("granted %1") : tr("refused %1"))
                    .arg(c.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")));
        return tr("not asked");
    }
    return {};
}
