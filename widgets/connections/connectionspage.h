#pragma once

#include "db/dberror.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

class ConnectionDialog;
class ConnectionManager;
class EnvironmentBadge;
class ErrorBannerWidget;
class PasswordDialog;
class PlatformFiguresWidget;
class QAction;
class QGroupBox;
class QLabel;
class QTableWidget;

// The "Platforms" page: every saved connection with its environment badge, address, adapter and
// live state; add, edit, delete, test, connect and disconnect. Also answers the manager's
// passwordNeeded with PasswordDialog (one at a time, in order).
// Keyboard: Insert adds, F2 or Enter edits, Delete deletes (after confirmation).
class ConnectionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionsPage(ConnectionManager *manager, QWidget *parent = nullptr);

    QString currentId() const;
    void selectProfile(const QString &id);

    // Open the dialogs without blocking (dialogs are opened with open(), never exec()).
    void addConnection();
    void editConnection();
    void deleteConnection();
    void testConnection();
    void toggleConnection();

    // The dialog opened by addConnection()/editConnection(), while it is open (for tests).
    ConnectionDialog *openDialog() const;

    enum Column { NameColumn, EnvironmentColumn, AddressColumn, AdapterColumn, StateColumn, ColumnCount };

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuild();
    void updateRow(const QString &id);
    void updateActions();
    void updateDetails();
    int rowOf(const QString &id) const;
    void queuePassword(const QString &id, const DbError &reason);
    void askNextPassword();

    ConnectionManager *m_manager;
    QTableWidget *m_table;
    QAction *m_addAction;
    QAction *m_editAction;
    QAction *m_deleteAction;
    QAction *m_testAction;
    QAction *m_connectAction;
    QGroupBox *m_detailsBox;
    QLabel *m_detailsTitle;
    EnvironmentBadge *m_detailsBadge;
    QLabel *m_detailsText;
    ErrorBannerWidget *m_detailsBanner;
    PlatformFiguresWidget *m_figures;
    QPointer<ConnectionDialog> m_dialog;
    QPointer<PasswordDialog> m_passwordDialog;
    QStringList m_pendingPasswords;
    QHash<QString, DbError> m_passwordReasons;
    QString m_testedId;
    quint64 m_testGeneration = 0;
};
