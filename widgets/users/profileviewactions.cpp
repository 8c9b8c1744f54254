// ProfileView's actions on what it shows: revealing personal data (through
// PersonalData::reveal), CSV of a table, PDF of the whole profile.
#include "users/profileview.h"

#include "core/tablecsv.h"
#include "users/personaldata.h"
#include "users/profilechartspanel.h"
#include "users/profiletables.h"

#include <QDateTime>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QStandardPaths>

void ProfileView::revealPersonalData()
{
    if (m_revealed) {
        m_revealed = false;
        for (ProfileTableModel *m : std::initializer_list<ProfileTableModel *>{m_accounts, m_facts, m_purchases, m_progress})
            m->setRevealed(false);
        retranslate();
        return;
    }
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Reveal personal data"),
                                                 tr("Names, e-mail addresses and phone numbers of this person will be "
                                                    "shown unmasked, and this will be recorded.\nWhy do you need them?"),
                                                 QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (!PersonalData::reveal(m_person.describe(), {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone")},
                              reason)) {
        QMessageBox::warning(this, tr("Reveal personal data"), tr("The reveal could not be recorded, so nothing is shown."));
        return;
    }
    m_revealed = true;
    for (ProfileTableModel *m : std::initializer_list<ProfileTableModel *>{m_accounts, m_facts, m_purchases, m_progress})
        m->setRevealed(true);
    retranslate();
}

void ProfileView::exportTable(QAbstractItemModel *model, const QString &baseName)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export table"), dir + QLatin1Char('/') + baseName + QStringLiteral(".csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!TableCsv::write(*model, path, &error))
        QMessageBox::warning(this, tr("Export table"), error);
}

void ProfileView::chooseAndExportPdf()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export profile"), dir + QStringLiteral("/profile.pdf"),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPdf(path, &error))
        QMessageBox::warning(this, tr("Export profile"), error);
}

bool ProfileView::exportPdf(const QString &path, QString *error)
{
    m_charts->finishPending(); // the charts of the scope just chosen
    // The profile as on screen (masked unless revealed), scaled to the page width and cut into
    // pages; the header line repeats the person and the time of export.
    QPdfWriter pdf(path);
    pdf.setTitle(tr("Profile of %1").arg(m_title->text()));
    pdf.setCreator(QStringLiteral("Zhiqiao"));
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(144);
    QPainter painter;
    if (!painter.begin(&pdf)) {
        if (error)
            *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    const QRect page = painter.viewport();
    const double scale = double(page.width()) / double(qMax(1, m_content->width()));
    const int headerHeight = 40;
    const int sliceHeight = int((page.height() - headerHeight) / scale);
    const QString header = tr("%1 · exported %2").arg(m_title->text(), QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    for (int top = 0, number = 1; top < m_content->height(); top += sliceHeight, ++number) {
        if (number > 1)
            pdf.newPage();
        painter.save();
        painter.drawText(QRect(0, 0, page.width(), headerHeight), Qt::AlignLeft | Qt::AlignVCenter, header);
        painter.drawText(QRect(0, 0, page.width(), headerHeight), Qt::AlignRight | Qt::AlignVCenter, QString::number(number));
        painter.translate(0, headerHeight);
        painter.scale(scale, scale);
        m_content->render(&painter, QPoint(), QRegion(0, top, m_content->width(), sliceHeight), QWidget::DrawChildren);
        painter.restore();
    }
    painter.end();
    return true;
}
