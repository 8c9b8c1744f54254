#pragma once

#include "users/person.h"

#include <QAbstractTableModel>

// Search results: one row per person (identity group), personal data masked.
class PeopleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Email, Phone, Platforms, Accounts, MatchedBy, Review, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setPeople(const QList<Person> &people);
    const Person &person(int row) const { return m_people.at(row); }
    int count() const { return int(m_people.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString matchText(int matchedBy); // "phone, e-mail" in words

private:
    QList<Person> m_people;
};
