#pragma once

#include <QFrame>

class QLabel;

// One headline figure: a big value and what it is.
class KpiTileWidget : public QFrame
{
    Q_OBJECT
public:
    explicit KpiTileWidget(QWidget *parent = nullptr);

    void setCaption(const QString &caption);
    void setValue(const QString &value); // "…" while loading, "–" when unknown
    void setNote(const QString &note);   // small text under the caption, e.g. the month
    QString value() const;

private:
    QLabel *m_value;
    QLabel *m_caption;
    QLabel *m_note;
};
