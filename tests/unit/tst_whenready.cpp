#include "core/whenready.h"

#include <QPromise>
#include <QTest>
#include <QThread>

// whenReady() answers from the event loop even when the future had finished before it was
// called (the case QFuture::then(context) answers at once), and never after its context died.
class TestWhenReady : public QObject
{
    Q_OBJECT

private slots:
    void finishedFutureAnswersLater()
    {
        QPromise<int> promise;
        promise.start();
        promise.addResult(7);
        promise.finish();
        QObject context;
        int got = 0;
        whenReady(promise.future(), &context, [&got](int v) { got = v; });
        QCOMPARE(got, 0); // not inside the call
        QTRY_COMPARE(got, 7);
    }

    void answerFromAnotherThreadArrivesOnContextThread()
    {
        QPromise<QString> promise;
        promise.start();
        QObject context;
        QThread *answeredOn = nullptr;
        QString got;
        whenReady(promise.future(), &context, [&](QString v) {
            got = v;
            answeredOn = QThread::currentThread();
        });
        QThread *worker = QThread::create([&promise] {
            promise.addResult(QStringLiteral("done"));
            promise.finish();
        });
        worker->start();
        QTRY_COMPARE(got, QStringLiteral("done"));
        QCOMPARE(answeredOn, QThread::currentThread());
        worker->wait();
        delete worker;
    }

    void destroyedContextIsNeverCalled()
    {
        QPromise<int> promise;
        promise.start();
        promise.addResult(1);
        promise.finish();
        bool called = false;
        {
            QObject context;
            whenReady(promise.future(), &context, [&called](int) { called = true; });
        }
        QTest::qWait(50);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestWhenReady)
#include "tst_whenready.moc"
