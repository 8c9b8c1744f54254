#pragma once

#include "db/dberror.h"

#include <QWidget>

class QLabel;
class QPushButton;

// An error shown inline (a dialog's result line, a page's details area): the plain-words
// message, and a "Details…" button that opens ErrorPresenter with the server's own text.
// Also shows success or progress text in the same place, so a result always appears where
// the person looks.
class ErrorBannerWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ErrorBannerWidget(QWidget *parent = nullptr);

    void showError(const DbError &error);
    void showSuccess(const QString &text);
    void showInfo(const QString &text);
    void clear();

    QString text() const;
    const DbError &error() const { return m_error; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void setTone(const QString &color);

    QLabel *m_icon;
    QLabel *m_label;
    QPushButton *m_detailsButton;
    DbError m_error;
};
