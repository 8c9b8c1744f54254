#include "recommend/recommendpage.h"

#include "core/appsettings.h"
#include "recommend/recommendengine.h"
#include "recommend/recommendevaluationpanel.h"
#include "recommend/recommendpreviewpanel.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
const char *kTabKey = "recommend/tab";
}

RecommendPage::RecommendPage(ConnectionManager *connections, QWidget *parent)
    : QWidget(parent), m_engine(new RecommendEngine(connections, this))
{
    m_preview = new RecommendPreviewPanel(connections, m_engine, this);
    m_evaluation = new RecommendEvaluationPanel(connections, m_engine, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("recommendTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_preview, QString());
    m_tabs->addTab(m_evaluation, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    m_tabs->setCurrentIndex(AppSettings::open()->value(QLatin1String(kTabKey), 0).toInt());
    retranslate();
}

RecommendPage::~RecommendPage()
{
    AppSettings::open()->setValue(QLatin1String(kTabKey), m_tabs->currentIndex());
}

void RecommendPage::previewPerson(const Person &person)
{
    m_tabs->setCurrentWidget(m_preview);
    m_preview->showPerson(person);
}

void RecommendPage::showEvaluation()
{
    m_tabs->setCurrentWidget(m_evaluation);
}

void RecommendPage::retranslate()
{
    m_tabs->setTabText(0, tr("Preview"));
    m_tabs->setTabText(1, tr("Evaluation"));
}

void RecommendPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
