#include "connections/passworddialog.h"

#include "common/environmentbadge.h"
#include "common/errorbannerwidget.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

PasswordDialog::PasswordDialog(const ConnectionProfile &profile, const DbError &reason, bool keychainAvailable,
                               QWidget *parent)
    : QDialog(parent)
    , m_profileId(profile.id)
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember the password in the system keychain"), this))
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("Password for %1").arg(profile.name));

    auto *title = new QHBoxLayout;
    auto *name = new QLabel(QStringLiteral("<b>%1</b>").arg(profile.name.toHtmlEscaped()), this);
    title->addWidget(name);
    title->addWidget(new EnvironmentBadge(profile.environment, this));
    title->addStretch(1);

    auto *text = new QLabel(tr("Enter the password of user \"%1\" on %2.").arg(profile.user, profile.address()), this);
    text->setWordWrap(true);

    auto *banner = new ErrorBannerWidget(this);
    if (reason.isError())
        banner->showError(reason);
    else
        banner->hide();

    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setEnabled(keychainAvailable);
    m_remember->setChecked(keychainAvailable);
    if (!keychainAvailable)
        m_remember->setToolTip(tr("No keychain is available: the password is kept until Zhiqiao closes."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(title);
    layout->addWidget(text);
    layout->addWidget(banner);
    layout->addWidget(m_password);
    layout->addWidget(m_remember);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

bool PasswordDialog::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}
