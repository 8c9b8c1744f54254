#pragma once

#include "users/person.h"
#include "users/profiledata.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <functional>

// The profile view's tables over a person's loaded accounts: one row per record of every
// account, with the platform in a column. Personal data is masked until setRevealed(true),
// which the view calls only after PersonalData::reveal() agreed.
class ProfileTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ProfileTableModel(QObject *parent = nullptr);

    void setRevealed(bool revealed);
    // The language changed: headers and words are looked up again.
    void retranslate();
    bool revealed() const { return m_revealed; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString money(qint64 fen); // "¥1,234.50" (FigureFormat::fen)
    static QString dateTime(const QDateTime &utc); // local time, ISO-like, minutes

protected:
    virtual int rows() const = 0;
    virtual QStringList headers() const = 0;
    virtual QVariant cell(int row, int column) const = 0;
    virtual bool rightAligned(int column) const { Q_UNUSED(column) return false; }
    QString name(const QString &raw) const;
    QString email(const QString &raw) const;
    QString phone(const QString &raw) const;

private:
    const QStringList &cachedHeaders() const; // headers(), looked up once per reset or language
    bool m_revealed = false;
    mutable QStringList m_headers;
};

// Accounts of the person, with what links each (evidence) and conflicts to decide.
class AccountsModel : public ProfileTableModel
{
    Q_OBJECT
public:
    using ProfileTableModel::ProfileTableModel;
    void setPerson(const Person &person);

protected:
    int rows() const override { return int(m_person.accounts.size()); }
    QStringList headers() const override;
    QVariant cell(int row, int column) const override;

private:
    Person m_person;
};

class PurchasesModel : public ProfileTableModel
{
    Q_OBJECT
public:
    using ProfileTableModel::ProfileTableModel;
    void setProfiles(const QList<Profile::AccountProfile> &profiles);

protected:
    int rows() const override { return int(m_rows.size()); }
    QStringList headers() const override;
    QVariant cell(int row, int column) const override;
    bool rightAligned(int column) const override { return column >= 7; }

private:
    QList<QPair<QString, Profile::Purchase>> m_rows; // platform, purchase; newest first
};

class ProgressModel : public ProfileTableModel
{
    Q_OBJECT
public:
    using ProfileTableModel::ProfileTableModel;
    void setProfiles(const QList<Profile::AccountProfile> &profiles);

protected:
    int rows() const override { return int(m_rows.size()); }
    QStringList headers() const override;
    QVariant cell(int row, int column) const override;
    bool rightAligned(int column) const override { return column == 2 || column == 3; }

private:
    QList<QPair<QString, Profile::ProgressRow>> m_rows;
};

// Basic facts per account: registration, channel, status, memberships, consent per purpose.
class FactsModel : public ProfileTableModel
{
    Q_OBJECT
public:
    using ProfileTableModel::ProfileTableModel;
    void setProfiles(const QList<Profile::AccountProfile> &profiles);

protected:
    int rows() const override { return int(m_profiles.size()); }
    QStringList headers() const override;
    QVariant cell(int row, int column) const override;

private:
    QList<Profile::AccountProfile> m_profiles;
};
