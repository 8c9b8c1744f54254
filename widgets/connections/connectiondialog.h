#pragma once

#include "db/connectionprofile.h"
#include "db/connectiontester.h"

#include <QDialog>

#include <optional>

class ConnectionManager;
class EnvironmentBadge;
class ErrorBannerWidget;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

// Adds or edits a platform connection. OK stays disabled until the form is valid (the problems
// are listed in plain words); "Test" checks the connection in the background and shows the
// result inline. Accepting saves through ConnectionManager::saveProfile.
// Open it with open(), not exec(): nothing here needs a nested event loop.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    // `existing` empty: add a new connection.
    ConnectionDialog(ConnectionManager *manager, const std::optional<ConnectionProfile> &existing,
                     QWidget *parent = nullptr);

    ConnectionProfile profile() const; // as currently entered
    QString password() const;
    bool rememberPassword() const;
    ConnectionProfile savedProfile() const { return m_saved; } // after accept

    static QStringList builtInAdapters();

    void accept() override;

signals:
    void testFinished(const ConnectionTestResult &result);

private:
    void buildForm();
    void load(const ConnectionProfile &profile);
    void selectAdapter(const QString &path);
    void browseCaFile();
    void browseAdapter();
    void updateValidity();
    void runTest();
    void showTestResult(const ConnectionTestResult &result);

    ConnectionManager *m_manager;
    QString m_id;
    ConnectionProfile m_saved;
    quint64 m_testGeneration = 0;

    QLineEdit *m_name;
    QComboBox *m_environment;
    EnvironmentBadge *m_badge;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_keychainNote;
    QComboBox *m_sslMode;
    QLineEdit *m_caFile;
    QPushButton *m_caBrowse;
    QComboBox *m_adapter;
    QPushButton *m_adapterBrowse;
    QLabel *m_problems;
    QPushButton *m_testButton;
    QProgressBar *m_busy;
    ErrorBannerWidget *m_result;
    QDialogButtonBox *m_buttons;
};
