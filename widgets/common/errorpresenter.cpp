#include "common/errorpresenter.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QStringList>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ErrorPresenter", text);
}
} // namespace

void ErrorPresenter::show(QWidget *parent, const QString &title, const DbError &error)
{
    auto *box = new QMessageBox(parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("errorMessageBox"));
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(title);
    box->setText(error.message.isEmpty() ? tr("Something went wrong.") : error.message);
    const QString details = detailsText(error);
    if (!details.isEmpty())
        box->setDetailedText(details); // QMessageBox adds the "Show Details…" button for it
    box->setStandardButtons(QMessageBox::Close);
    box->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    box->open();
}

QString ErrorPresenter::detailsText(const DbError &error)
{
    QStringList parts;
    if (!error.serverText.isEmpty())
        parts << tr("Server message:") + QLatin1Char('\n') + error.serverText;
    if (!error.sqlState.isEmpty())
        parts << tr("SQLSTATE: %1").arg(error.sqlState);
    if (!error.detail.isEmpty())
        parts << tr("Context: %1").arg(error.detail);
    if (parts.isEmpty())
        return {};
    parts << tr("Error kind: %1").arg(error.kindName());
    return parts.join(QStringLiteral("\n\n"));
}
