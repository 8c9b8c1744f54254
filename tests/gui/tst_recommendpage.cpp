#include "plantedinteractions.h"
#include "testdatabase.h"

#include "charts/serieschartwidget.h"
#include "db/connectionmanager.h"
#include "db/pgsession.h"
#include "demo/demogenerator.h"
#include "recommend/evaluationtablemodel.h"
#include "recommend/previewtablemodel.h"
#include "recommend/recommendengine.h"
#include "recommend/recommendevaluationpanel.h"
#include "recommend/recommendpage.h"
#include "recommend/recommendpreviewpanel.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

// The recommendations page end to end, offscreen, on both demo platforms seeded in the sandbox:
// the preview of a person with history (two models, reasons, category mix), their day one on the
// other platform through the transfer, a runtime switch to Chinese, cancelling a training, and
// the evaluation panel on a goodbooks-format directory. ZQ_SCREENSHOT_DIR=DIR saves the screens.
class TestRecommendPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ConnectionManager> m_manager;
    QTemporaryDir m_dir;
    QString m_dedao;
    QString m_ximalaya;
    QString m_phone; // of a person with history on dedao only

    QString connect(const QString &platform, const QString &name)
    {
        return m_db->connectPlatform(*m_manager, platform, name);
    }

    static void shot(QWidget *w, const QString &name)
    {
        if (!qEnvironmentVariableIsSet("ZQ_SCREENSHOT_DIR"))
            return;
        QTest::qWait(250); // charts lay out in posted events
        QVERIFY(w->grab().save(qEnvironmentVariable("ZQ_SCREENSHOT_DIR") + QLatin1Char('/') + name));
    }

    // A goodbooks-format directory from planted data: fiction blocks 0-2, nonfiction 3-5.
    QString writeGoodbooks()
    {
        const QString dir = m_dir.filePath(QStringLiteral("goodbooks"));
        QDir().mkpath(dir);
        const Interactions data = plantedInteractions(6, 60, 10, 5, 9);
        QFile groups(dir + QStringLiteral("/book_groups.csv"));
        if (!groups.open(QIODevice::WriteOnly))
            return {};
        groups.write("book_id,goodreads_book_id,primary_genre_tag,group,title\n");
        for (int i = 0; i < data.itemCount(); ++i)
            groups.write(QStringLiteral("%1,%1,genre-%2,%3,\"Book %1, block %2\"\n")
                             .arg(i + 1)
                             .arg(i / 10)
                             .arg(i / 30 == 0 ? QStringLiteral("fiction") : QStringLiteral("nonfiction"))
                             .toUtf8());
        QFile ratings(dir + QStringLiteral("/ratings.csv"));
        if (!ratings.open(QIODevice::WriteOnly))
            return {};
        ratings.write("user_id,book_id,rating\n");
        for (int u = 0; u < data.userCount(); ++u) {
            // The same reader likes the block of the other group too (cross-platform signal).
            const History h = History::ofUser(data, u);
            for (const auto &e : h.entries) {
                ratings.write(QStringLiteral("%1,%2,5\n").arg(u % 120 + 1).arg(e.item + 1).toUtf8());
            }
        }
        return dir;
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>(QStringLiteral("recommendpage"));
        QVERIFY(m_db->isReady());
        QVERIFY(m_db->createDemoSchema(QStringLiteral("dedao")));
        QVERIFY(m_db->createDemoSchema(QStringLiteral("ximalaya")));
        DemoSeedOptions options;
        options.users = 600;
        options.seed = 5;
        options.conninfo = m_db->conninfo();
        auto seeded = DemoGenerator(options).seed();
        QVERIFY2(seeded.ok(), qPrintable(seeded.error().message));
        // A person with orders on dedao and no account on ximalaya: found by phone, one person.
        auto session = PgSession::open(m_db->conninfo());
        QVERIFY(session.ok());
        auto rows = (*session)->execParams(
            "SELECT u.mobile FROM dedao.users u JOIN dedao.orders o ON o.user_id = u.id "
            "WHERE u.mobile IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ximalaya.account a WHERE a.phone_number IS NOT NULL "
            "AND right(regexp_replace(a.phone_number, '\\D', '', 'g'), 11) = right(regexp_replace(u.mobile, '\\D', '', 'g'), 11)) "
            "AND (SELECT count(*) FROM dedao.users d WHERE d.mobile = u.mobile) = 1 "
            "GROUP BY u.mobile ORDER BY count(*) DESC, u.mobile LIMIT 1");
        QVERIFY2(rows.ok(), qPrintable(rows.error().serverText));
        QCOMPARE(rows->size(), std::size_t(1));
        m_phone = QString::fromStdString(*rows->rows[0][0]);
        m_manager = std::make_unique<ConnectionManager>();
        m_dedao = connect(QStringLiteral("dedao"), QStringLiteral("Dedao demo"));
        m_ximalaya = connect(QStringLiteral("ximalaya"), QStringLiteral("Ximalaya demo"));
        QTRY_VERIFY_WITH_TIMEOUT(m_manager->isConnected(m_dedao) && m_manager->isConnected(m_ximalaya), 20000);
    }

    void previewWithHistoryAndDayOne()
    {
        RecommendPage page(m_manager.get());
        // Fits a small laptop screen next to the navigation.
        QVERIFY2(page.minimumSizeHint().width() <= 820 && page.minimumSizeHint().height() <= 600, qPrintable(QStringLiteral("%1 preview %2 evaluation %3").arg(QString::number(page.minimumSizeHint().width()) + QLatin1Char('x') + QString::number(page.minimumSizeHint().height())).arg(page.preview()->minimumSizeHint().width()).arg(page.evaluation()->minimumSizeHint().width())));
        page.resize(1500, 950);
        page.show();
        page.findChild<QTabWidget *>(QStringLiteral("recommendTabs"))->setCurrentIndex(0); // the tab is remembered
        RecommendPreviewPanel *preview = page.preview();
        auto *target = preview->findChild<QComboBox *>(QStringLiteral("previewTarget"));
        QCOMPARE(target->count(), 2);
        target->setCurrentIndex(target->findData(m_dedao));
        QSignalSpy shown(preview, &RecommendPreviewPanel::previewShown);
        preview->findPerson(m_phone);
        QTRY_VERIFY_WITH_TIMEOUT(shown.size() >= 1, 60000);

        // In-platform: the history on dedao, iALS and item-kNN side by side, 10 each with reasons.
        const auto &r = preview->result();
        QVERIFY2(!r.coldStart, qPrintable(r.target + QLatin1Char(' ') + r.source + QLatin1Char(' ') + target->currentText()));
        QVERIFY(preview->historyModel()->rowCount() > 0);
        QCOMPARE(r.columns.size(), 2);
        QCOMPARE(r.columns[0].kind, Recommender::Kind::Ials);
        QCOMPARE(r.columns[1].kind, Recommender::Kind::ItemKnn);
        for (int side = 0; side < 2; ++side) {
            const PreviewTableModel *list = preview->listModel(side);
            QCOMPARE(list->rowCount(), 10);
            for (int row = 0; row < 10; ++row) {
                QVERIFY(!list->index(row, 1).data().toString().isEmpty());
                QVERIFY(!list->index(row, 3).data().toString().isEmpty()); // the reason
                QVERIFY(!list->index(row, 4).data().toString().isEmpty()); // the category, in exports
            }
        }
        // iALS explains by the history: "Because you … “title”".
        QVERIFY2(r.columns[0].items.front().reason.startsWith(QStringLiteral("Because you")),
                 qPrintable(r.columns[0].items.front().reason));
        // No recommended item is already in the history.
        QStringList seen;
        for (const auto &h : r.history)
            seen.append(h.title);
        for (const auto &item : r.columns[0].items)
            QVERIFY(!seen.contains(item.title));
        auto *chart = preview->findChild<SeriesChartWidget *>(QStringLiteral("previewMixChart"));
        QVERIFY(chart->hasChart());
        QCOMPARE(chart->series().size(), 3); // history and the two models
        shot(&page, QStringLiteral("recommend-preview-en.png"));

        // Day one on ximalaya: no ximalaya history used, the transfer from dedao.
        target->setCurrentIndex(target->findData(m_ximalaya));
        preview->setDayOne(true);
        QTRY_VERIFY_WITH_TIMEOUT(preview->result().coldStart && preview->result().target == QStringLiteral("Ximalaya demo"), 60000);
        const auto &cold = preview->result();
        QCOMPARE(cold.source, QStringLiteral("Dedao demo"));
        QCOMPARE(cold.columns.front().kind, Recommender::Kind::Transfer);
        QCOMPARE(cold.columns.front().items.size(), 10);
        QVERIFY2(cold.columns.front().items.front().reason.contains(QStringLiteral("people like you on Dedao demo")),
                 qPrintable(cold.columns.front().items.front().reason));
        QCOMPARE(preview->listModel(0)->rowCount(), 10);
        shot(&page, QStringLiteral("recommend-dayone-en.png"));

        // Chinese at runtime: the lists are asked for again, reasons in Chinese.
        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral(":/i18n/zhiqiao_zh_CN.qm")));
        const int before = int(shown.size());
        QApplication::installTranslator(&chinese);
        QTRY_COMPARE(page.findChild<QTabWidget *>(QStringLiteral("recommendTabs"))->tabText(0), QString::fromUtf8("预览"));
        QTRY_VERIFY_WITH_TIMEOUT(shown.size() > before, 30000);
        QVERIFY2(preview->result().columns.front().items.front().reason.contains(QString::fromUtf8("与你相似")),
                 qPrintable(preview->result().columns.front().items.front().reason));
        shot(&page, QStringLiteral("recommend-dayone-zh.png"));
        preview->setDayOne(false);
        target->setCurrentIndex(target->findData(m_dedao));
        QTRY_VERIFY_WITH_TIMEOUT(!preview->result().coldStart && preview->result().target == QStringLiteral("Dedao demo"), 30000);
        shot(&page, QStringLiteral("recommend-preview-zh.png"));
        QApplication::removeTranslator(&chinese);
    }

    void dayOneFromAPlan()
    {
        // A plan for two people: the preview offers them and shows the first one's day one.
        auto session = PgSession::open(m_db->conninfo());
        QVERIFY(session.ok());
        auto rows = (*session)->execParams("SELECT DISTINCT user_id::text FROM dedao.orders WHERE status = 'paid' ORDER BY 1 LIMIT 2");
        QVERIFY(rows.ok() && rows->size() == 2);
        QFile shipped(QStringLiteral(":/plans/dedao-to-ximalaya.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QByteArray text = shipped.readAll();
        text.replace(R"("kind": "all")", QStringLiteral(R"("kind": "users", "user_keys": ["%1", "%2"])")
                                               .arg(QString::fromStdString(*rows->rows[0][0]), QString::fromStdString(*rows->rows[1][0]))
                                               .toUtf8());
        const QString path = m_dir.filePath(QStringLiteral("two-people.json"));
        QFile plan(path);
        QVERIFY(plan.open(QIODevice::WriteOnly));
        plan.write(text);
        plan.close();
        RecommendPage page(m_manager.get());
        page.resize(1500, 950);
        page.show();
        RecommendPreviewPanel *preview = page.preview();
        QSignalSpy shown(preview, &RecommendPreviewPanel::previewShown);
        QVERIFY(preview->openPlan(path));
        QCOMPARE(preview->findChild<QComboBox *>(QStringLiteral("previewPeople"))->count(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(shown.size() >= 1, 60000);
        QVERIFY(preview->result().coldStart);
        QCOMPARE(preview->result().source, QStringLiteral("Dedao demo"));
        QCOMPARE(preview->result().target, QStringLiteral("Ximalaya demo"));
        QVERIFY(!preview->result().history.isEmpty());
        QCOMPARE(preview->listModel(0)->rowCount(), 10);
        // A plan that does not parse says why and changes nothing.
        QFile broken(m_dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ \"format\": ");
        broken.close();
        QVERIFY(!preview->openPlan(broken.fileName()));
        QCOMPARE(preview->result().target, QStringLiteral("Ximalaya demo"));
    }

    void cancelTraining()
    {
        ConnectionManager *m = m_manager.get();
        RecommendEngine engine(m);
        QSignalSpy changed(&engine, &RecommendEngine::statusChanged);
        engine.prepare(m_dedao);
        QCOMPARE(engine.status(m_dedao).state, RecommendEngine::State::Loading);
        engine.cancel(m_dedao);
        QCOMPARE(engine.status(m_dedao).state, RecommendEngine::State::Cancelled);
        QVERIFY(!engine.models(m_dedao));
        // A preview does not undo the cancel: it is told the models are not there.
        QSignalSpy failed(&engine, &RecommendEngine::previewFailed);
        const quint64 asked = engine.preview({{}, m_dedao, {}, 10, false});
        QVERIFY(failed.isEmpty()); // never inside the call
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.front().front().toULongLong(), asked);
        QCOMPARE(engine.status(m_dedao).state, RecommendEngine::State::Cancelled);
        // An evaluation waiting for a platform that is cancelled is answered.
        QSignalSpy evalFailed(&engine, &RecommendEngine::evaluationFailed);
        RecommendEngine::EvaluationRequest er;
        er.platformId = m_ximalaya;
        er.options.ials.iterations = 2;
        const quint64 evaluation = engine.evaluate(er);
        QCOMPARE(engine.status(m_ximalaya).state, RecommendEngine::State::Loading);
        engine.cancel(m_ximalaya);
        QTRY_COMPARE(evalFailed.size(), 1);
        QCOMPARE(evalFailed.front().front().toULongLong(), evaluation);
        // Started again, it finishes.
        engine.prepare(m_dedao);
        QTRY_COMPARE_WITH_TIMEOUT(engine.status(m_dedao).state, RecommendEngine::State::Ready, 60000);
        QVERIFY(engine.models(m_dedao)->data->entryCount() > 0);
    }

    void evaluationPanel()
    {
        // ZQ_GOODBOOKS_DIR: the real goodbooks files instead of planted ones (for screenshots).
        const QString dir = qEnvironmentVariableIsSet("ZQ_GOODBOOKS_DIR") ? qEnvironmentVariable("ZQ_GOODBOOKS_DIR") : writeGoodbooks();
        QVERIFY(!dir.isEmpty());
        RecommendPage page(m_manager.get());
        page.resize(1500, 950);
        page.show();
        page.showEvaluation();
        RecommendEvaluationPanel *eval = page.evaluation();
        eval->setGoodbooksDirectory(dir);
        eval->setColdStart(false);
        QSignalSpy shown(eval, &RecommendEvaluationPanel::evaluationShown);
        eval->findChild<QPushButton *>(QStringLiteral("evalRun"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(shown.size() == 1, 60000);
        const EvaluationTableModel *table = eval->tableModel();
        QCOMPARE(table->rowCount(), 4);
        QTest::qWait(qEnvironmentVariableIsSet("ZQ_GOODBOOKS_DIR") ? 500 : 0);
        const auto *ials = eval->document().inPlatform->row(QStringLiteral("ials"));
        const auto *pop = eval->document().inPlatform->row(QStringLiteral("popularity"));
        QVERIFY(ials && pop && ials->ndcg20 > pop->ndcg20);
        auto *chart = eval->findChild<SeriesChartWidget *>(QStringLiteral("evalChart"));
        QVERIFY(chart->hasChart());
        QCOMPARE(chart->categories().size(), 4);
        shot(&page, QStringLiteral("recommend-evaluation-en.png"));

        // Cold start fiction -> nonfiction: five methods, the share of the upper bound in words.
        eval->setColdStart(true);
        eval->findChild<QPushButton *>(QStringLiteral("evalRun"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(shown.size() == 2, 60000);
        QCOMPARE(table->rowCount(), 5);
        QVERIFY(eval->document().coldStart.has_value());
        QVERIFY(eval->findChild<QLabel *>(QStringLiteral("evalSummary"))->text().contains(QStringLiteral("upper bound")));
        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral(":/i18n/zhiqiao_zh_CN.qm")));
        QApplication::installTranslator(&chinese);
        QTRY_COMPARE(table->headerData(0, Qt::Horizontal).toString(), QString::fromUtf8("模型"));
        shot(&page, QStringLiteral("recommend-evaluation-zh.png"));
        QApplication::removeTranslator(&chinese);

        // A directory without the files: a clear error, nothing run.
        eval->setGoodbooksDirectory(m_dir.filePath(QStringLiteral("nowhere")));
        eval->findChild<QPushButton *>(QStringLiteral("evalRun"))->click();
        QCOMPARE(shown.size(), 2);
        QVERIFY(eval->findChild<QPushButton *>(QStringLiteral("evalRun"))->isEnabled());
    }
};

QTEST_MAIN(TestRecommendPage)
#include "tst_recommendpage.moc"
