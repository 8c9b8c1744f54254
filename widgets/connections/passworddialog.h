#pragma once

#include "db/connectionprofile.h"
#include "db/dberror.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;

// Asks for a connection's password when the server wants one that is not known. The answer is
// kept for the session (and in the keychain when the person ticks "remember" and there is one),
// so this is asked once per session.
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    PasswordDialog(const ConnectionProfile &profile, const DbError &reason, bool keychainAvailable,
                   QWidget *parent = nullptr);

    QString profileId() const { return m_profileId; }
    QString password() const;
    bool remember() const;

private:
    QString m_profileId;
    QLineEdit *m_password;
    QCheckBox *m_remember;
};
