#pragma once

#include <QWidget>

class ConnectionManager;
class QTabWidget;
class RecommendEngine;
class RecommendEvaluationPanel;
class RecommendPreviewPanel;
struct Person;

// The Recommendations page: the preview for one person and the offline evaluation, sharing one
// RecommendEngine (each platform's models are trained once for both).
class RecommendPage : public QWidget
{
    Q_OBJECT
public:
    explicit RecommendPage(ConnectionManager *connections, QWidget *parent = nullptr);
    ~RecommendPage() override;

    // Opens the preview for `person` (from the users area).
    void previewPerson(const Person &person);
    RecommendPreviewPanel *preview() const { return m_preview; }
    RecommendEvaluationPanel *evaluation() const { return m_evaluation; }
    RecommendEngine *engine() const { return m_engine; }
    void showEvaluation();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    RecommendEngine *m_engine;
    QTabWidget *m_tabs;
    RecommendPreviewPanel *m_preview;
    RecommendEvaluationPanel *m_evaluation;
};
