#pragma once

#include <QWidget>

class QLabel;

// The page of an area that is not built yet: says what will come there and shows no data.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    // Texts are untranslated source strings (QT_TR_NOOP in context "PlaceholderPage") so the page
    // can retranslate itself when the language changes.
    PlaceholderPage(const char *title, const char *summary, const QList<const char *> &features,
                    QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    const char *m_title;
    const char *m_summary;
    QList<const char *> m_features;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_featuresLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
};
