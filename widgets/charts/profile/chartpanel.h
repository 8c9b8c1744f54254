#pragma once

#include <QWidget>

class QChart;
class QHBoxLayout;
class QImage;
class QLabel;
class QStackedWidget;

// The frame every profile chart shares: a title and a one-line summary, the view's controls on
// the right of the title, and the chart body, which gives way to a sentence ("No events in this
// period") when there is nothing to draw, so an empty chart is never mistaken for a broken one.
// Export renders the title, summary and body (not the controls) at twice the widget's size.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    QString title() const;
    QString summary() const;
    bool isEmptyStateShown() const;
    QString emptyText() const;

    // The panel as an image of twice its size (device pixel ratio 2). A panel that was never
    // laid out is first given 800 x 450, so the image is 1600 x 900.
    QImage renderImage();
    bool exportPng(const QString &path, QString *error);

    // Light or dark chart theme after the palette, no animations (they would make tests and
    // exports catch a chart half drawn), legend at the bottom.
    static void prepareChart(QChart *chart, const QPalette &palette);

protected:
    explicit ChartPanel(QWidget *parent = nullptr);

    void setBody(QWidget *body);
    void addControl(QWidget *control);
    void setTitle(const QString &title);
    void setSummary(const QString &summary);
    void setEmptyText(const QString &text);
    void showEmptyState(bool empty);

private:
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_empty = nullptr;
    QHBoxLayout *m_controls = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_body = nullptr;
};
