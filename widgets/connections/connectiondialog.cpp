#include "connections/connectiondialog.h"

#include "core/whenready.h"
#include "common/environmentbadge.h"
#include "common/errorbannerwidget.h"
#include "db/connectionmanager.h"
#include "db/passwordstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
// QFormLayout only makes a buddy label for a widget row; rows holding a layout need their own
// label so the mnemonic works and the '&' is not shown.
void addLayoutRow(QFormLayout *form, const QString &text, QWidget *buddy, QLayout *row)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    form->addRow(label, row);
}
} // namespace

ConnectionDialog::ConnectionDialog(ConnectionManager *manager, const std::optional<ConnectionProfile> &existing,
                                   QWidget *parent)
    : QDialog(parent)
    , m_manager(manager)
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(existing ? tr("Edit connection") : tr("Add connection"));
    buildForm();
    load(existing.value_or(ConnectionProfile{}));
    if (existing)
        m_id = existing->id;
    updateValidity();
}

QStringList ConnectionDialog::builtInAdapters()
{
    return {QStringLiteral(":/adapters/dedao.json"), QStringLiteral(":/adapters/ximalaya.json")};
}

void ConnectionDialog::buildForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. Dedao production"));
    form->addRow(tr("&Name:"), m_name);

    m_environment = new QComboBox(this);
    m_environment->setObjectName(QStringLiteral("environmentCombo"));
    for (const QString &env : ConnectionProfile::environments())
        m_environment->addItem(EnvironmentBadge::textFor(env), env);
    m_badge = new EnvironmentBadge({}, this);
    auto *envRow = new QHBoxLayout;
    envRow->addWidget(m_environment, 1);
    envRow->addWidget(m_badge);
    addLayoutRow(form, tr("&Environment:"), m_environment, envRow);

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    auto *portLabel = new QLabel(tr("P&ort:"), this);
    portLabel->setBuddy(m_port);
    hostRow->addWidget(portLabel);
    hostRow->addWidget(m_port);
    addLayoutRow(form, tr("&Host:"), m_host, hostRow);

    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    form->addRow(tr("&Database:"), m_database);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    form->addRow(tr("&User:"), m_user);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Leave empty to use the saved password or libpq's pgpass file"));
    form->addRow(tr("&Password:"), m_password);

    m_remember = new QCheckBox(tr("Remember the password in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_keychainNote = new QLabel(this);
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setStyleSheet(QStringLiteral("color: palette(mid);"));
    const PasswordStore *passwords = m_manager->passwordStore();
    if (passwords->keychainAvailable()) {
        m_remember->setChecked(true);
        m_keychainNote->hide();
    } else {
        m_remember->setChecked(false);
        m_remember->setEnabled(false);
        m_keychainNote->setText(tr("No keychain here: the password is kept until Zhiqiao closes. %1")
                                    .arg(passwords->keychainUnavailableReason()));
    }
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_keychainNote);

    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(QStringLiteral("sslModeCombo"));
    m_sslMode->addItems(ConnectionProfile::sslModes());
    m_sslMode->setToolTip(tr("verify-full checks the server's certificate and host name against your CA file: "
                             "use it for production."));
    form->addRow(tr("&SSL mode:"), m_sslMode);

    m_caFile = new QLineEdit(this);
    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_caFile->setPlaceholderText(tr("CA certificate (PEM) for verify-ca / verify-full"));
    m_caBrowse = new QPushButton(tr("Browse…"), this);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_caBrowse);
    addLayoutRow(form, tr("&CA file:"), m_caFile, caRow);

    m_adapter = new QComboBox(this);
    m_adapter->setObjectName(QStringLiteral("adapterCombo"));
    m_adapter->addItem(tr("Dedao (built-in)"), builtInAdapters().at(0));
    m_adapter->addItem(tr("Ximalaya (built-in)"), builtInAdapters().at(1));
    m_adapterBrowse = new QPushButton(tr("Browse…"), this);
    auto *adapterRow = new QHBoxLayout;
    adapterRow->addWidget(m_adapter, 1);
    adapterRow->addWidget(m_adapterBrowse);
    addLayoutRow(form, tr("&Adapter:"), m_adapter, adapterRow);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #8a5a00;"));

    m_testButton = new QPushButton(tr("&Test connection"), this);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // indeterminate: a connection attempt has no known length
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_result = new ErrorBannerWidget(this);
    m_result->setObjectName(QStringLiteral("testResult"));
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_busy);
    testRow->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addLayout(testRow);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(600);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(m_caBrowse, &QPushButton::clicked, this, &ConnectionDialog::browseCaFile);
    connect(m_adapterBrowse, &QPushButton::clicked, this, &ConnectionDialog::browseAdapter);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::runTest);
    connect(m_environment, &QComboBox::currentIndexChanged, this, [this] {
        m_badge->setEnvironment(m_environment->currentData().toString());
    });
    for (QLineEdit *edit : {m_name, m_host, m_database, m_user, m_caFile})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::updateValidity);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectionDialog::updateValidity);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateValidity);
    connect(m_environment, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateValidity);
    connect(m_adapter, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateValidity);
}

void ConnectionDialog::load(const ConnectionProfile &p)
{
    m_name->setText(p.name);
    m_environment->setCurrentIndex(qMax(0, m_environment->findData(p.environment)));
    m_badge->setEnvironment(m_environment->currentData().toString());
    m_host->setText(p.host);
    m_port->setValue(p.port);
    m_database->setText(p.database);
    m_user->setText(p.user);
    m_sslMode->setCurrentText(p.sslMode);
    m_caFile->setText(p.sslRootCert);
    if (!p.adapterPath.isEmpty())
        selectAdapter(p.adapterPath);
}

void ConnectionDialog::selectAdapter(const QString &path)
{
    int index = m_adapter->findData(path);
    if (index < 0) {
        m_adapter->addItem(QFileInfo(path).fileName(), path);
        index = m_adapter->count() - 1;
        m_adapter->setItemData(index, path, Qt::ToolTipRole);
    }
    m_adapter->setCurrentIndex(index);
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionProfile p;
    p.id = m_id;
    p.name = m_name->text().trimmed();
    p.environment = m_environment->currentData().toString();
    p.host = m_host->text().trimmed();
    p.port = m_port->value();
    p.database = m_database->text().trimmed();
    p.user = m_user->text().trimmed();
    p.sslMode = m_sslMode->currentText();
    p.sslRootCert = m_caFile->text().trimmed();
    p.adapterPath = m_adapter->currentData().toString();
    return p;
}

QString ConnectionDialog::password() const
{
    return m_password->text();
}

bool ConnectionDialog::rememberPassword() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

void ConnectionDialog::browseCaFile()
{
    auto *dialog = new QFileDialog(this, tr("Choose the CA certificate"), QFileInfo(m_caFile->text()).path(),
                                   tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) { m_caFile->setText(file); });
    dialog->open();
}

void ConnectionDialog::browseAdapter()
{
    auto *dialog = new QFileDialog(this, tr("Choose the adapter file"), QString(),
                                   tr("Zhiqiao adapters (*.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) { selectAdapter(file); });
    dialog->open();
}

void ConnectionDialog::updateValidity()
{
    const QString mode = m_sslMode->currentText();
    const bool needsCa = mode == QLatin1String("verify-ca") || mode == QLatin1String("verify-full");
    m_caFile->setEnabled(needsCa);
    m_caBrowse->setEnabled(needsCa);
    const QStringList problems = m_manager->profileStore().problems(profile(), m_id);
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

void ConnectionDialog::runTest()
{
    const quint64 generation = ++m_testGeneration;
    m_testButton->setEnabled(false);
    m_busy->show();
    m_result->showInfo(tr("Testing the connection to %1…").arg(profile().address()));
    whenReady(m_manager->testProfile(profile(), password()), this, [this, generation](const ConnectionTestResult &result) {
        if (generation != m_testGeneration)
            return;
        showTestResult(result);
        emit testFinished(result);
    });
}

void ConnectionDialog::showTestResult(const ConnectionTestResult &result)
{
    m_testButton->setEnabled(true);
    m_busy->hide();
    if (!result.ok()) {
        m_result->showError(result.error);
        return;
    }
    m_result->showSuccess(tr("Connection works: PostgreSQL %1, %2, adapter \"%3\" matches (%4 ms).")
                              .arg(result.serverVersion,
                                   result.tls ? tr("encrypted (TLS)") : tr("not encrypted"),
                                   result.adapterName)
                              .arg(result.elapsedMs));
}

void ConnectionDialog::accept()
{
    auto saved = m_manager->saveProfile(profile(), password(), rememberPassword());
    if (!saved) {
        m_result->showError(saved.error());
        return;
    }
    m_saved = *saved;
    m_id = m_saved.id;
    QDialog::accept();
}
