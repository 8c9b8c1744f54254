#include "users/peoplemodel.h"

#include "users/personaldata.h"

void PeopleModel::setPeople(const QList<Person> &people)
{
    beginResetModel();
    m_people = people;
    endResetModel();
}

int PeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int PeopleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PeopleModel::matchText(int m)
{
    QStringList parts;
    if (m & UserSearch::ById)
        parts << tr("user id");
    if (m & UserSearch::ByEmail)
        parts << tr("e-mail");
    if (m & UserSearch::ByPhone)
        parts << tr("phone");
    if (m & UserSearch::ByName)
        parts << tr("name");
    return parts.join(tr(", "));
}

QVariant PeopleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_people.size())
        return {};
    const Person &p = m_people.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return PersonalData::maskName(p.name());
        case Email: return PersonalData::maskEmail(p.email());
        case Phone: return PersonalData::maskPhone(p.phone());
        case Platforms: return p.platforms.join(QStringLiteral(", "));
        case Accounts: return int(p.accounts.size());
        case MatchedBy: return matchText(p.matchedBy);
        case Review: return p.conflicts.isEmpty() ? QString() : tr("%n conflict(s) to decide", nullptr, int(p.conflicts.size()));
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Review && !p.conflicts.isEmpty())
        return tr("Accounts that share an identifier but differ in another are not linked until a person decides.");
    if (role == Qt::TextAlignmentRole && index.column() == Accounts)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Email: return tr("E-mail");
    case Phone: return tr("Phone");
    case Platforms: return tr("Platforms");
    case Accounts: return tr("Accounts");
    case MatchedBy: return tr("Matched by");
    case Review: return tr("Review");
    }
    return {};
}
