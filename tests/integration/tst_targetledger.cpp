// TargetLedger against the real sandbox: idempotent schema, batches that vanish with their
// rolled-back transaction, resume information, key translation across runs, counts, deleteRun.
#include "migration/targetledger.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTest>

#include <atomic>
#include <thread>

namespace {
QByteArray sha(const QString &s)
{
    return QCryptographicHash::hash(s.toUtf8(), QCryptographicHash::Sha256);
}

TargetLedger::Run makeRun(const QString &source, const QString &fingerprint = QStringLiteral("fp-1"))
{
    TargetLedger::Run r;
    r.runId = QUuid::createUuid();
    r.planFingerprint = fingerprint;
    r.source = source;
    r.target = QStringLiteral("ximalaya@localhost/zq_targetledger");
    r.status = QStringLiteral("running");
    return r;
}

TargetLedger::Batch userBatch(int batchNo, int first, int count, const QString &targetPrefix)
{
    TargetLedger::Batch b;
    b.entity = QStringLiteral("user");
    b.batchNo = batchNo;
    for (int i = first; i < first + count; ++i) {
        TargetLedger::Entry e;
        e.sourceKey = QStringLiteral("u%1").arg(i, 6, 10, QLatin1Char('0'));
        e.targetKey = targetPrefix + QString::number(i);
        e.outcome = i % 10 == 0 ? TargetLedger::Outcome::Merged : TargetLedger::Outcome::Created;
        e.recordSha256 = sha(e.sourceKey);
        b.entries.push_back(e);
    }
    b.firstSourceKey = b.entries.front().sourceKey;
    b.lastSourceKey = b.entries.back().sourceKey;
    b.batchSha256 = sha(b.firstSourceKey + b.lastSourceKey);
    return b;
}

qint64 count(PgSession &s, const std::string &sql, const PgParams &params = {})
{
    auto r = s.execParams(sql, params);
    return r.ok() ? std::stoll(*r->rows[0][0]) : -1;
}
} // namespace

class TestTargetLedger : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>(QStringLiteral("targetledger"));
        QVERIFY(m_db->isReady());
        auto s = PgSession::open(m_db->conninfo());
        QVERIFY(s.ok());
        m_s = std::move(s.value());
    }

    void schemaIsIdempotent()
    {
        auto before = TargetLedger::schemaVersion(*m_s);
        QVERIFY(before.ok());
        QCOMPARE(*before, 0);
        // Two engines starting at once against a fresh target: both succeed, one schema.
        std::atomic<int> failures{0};
        auto create = [&] {
            auto s = PgSession::open(m_db->conninfo());
            if (!s.ok() || TargetLedger::ensureSchema(**s).isError())
                ++failures;
        };
        std::thread a(create), b(create);
        a.join();
        b.join();
        QCOMPARE(failures.load(), 0);
        for (int i = 0; i < 3; ++i) {
            const DbError e = TargetLedger::ensureSchema(*m_s);
            QVERIFY2(!e.isError(), qPrintable(e.serverText));
        }
        QCOMPARE(*TargetLedger::schemaVersion(*m_s), TargetLedger::kSchemaVersion);
        QCOMPARE(count(*m_s, "SELECT count(*) FROM \"zhiqiao_migration\".\"schema_version\""), TargetLedger::kSchemaVersion);
        QCOMPARE(count(*m_s, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'zhiqiao_migration'"), 6);
        // Version 2: keys compare byte-wise, no index on target keys.
        QCOMPARE(count(*m_s, "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'zhiqiao_migration'"
                             " AND column_name IN ('entity', 'source_key', 'target_key') AND collation_name = 'C'"), 5);
        QCOMPARE(count(*m_s, "SELECT count(*) FROM pg_indexes WHERE schemaname = 'zhiqiao_migration'"
                             " AND indexname = 'ledger_target_key_idx'"), 0);
        // Inside a caller's transaction too.
        QVERIFY(!m_s->begin().isError());
        QVERIFY(!TargetLedger::ensureSchema(*m_s).isError());
        QVERIFY(m_s->inTransaction());
        QVERIFY(m_s->commit().committed());
    }

    // A target whose ledger a version-1 Zhiqiao made is upgraded in place, its rows kept.
    void versionOneLedgerIsUpgraded()
    {
        const TargetLedger::Run run = makeRun(QStringLiteral("dedao@v1"));
        QVERIFY(!TargetLedger::recordRun(*m_s, run).isError());
        QVERIFY(m_s->exec("DROP INDEX zhiqiao_migration.ledger_run_brin, zhiqiao_migration.ledger_user_source_idx,"
                          " zhiqiao_migration.quarantine_run_brin;"
                          "ALTER TABLE zhiqiao_migration.ledger ALTER COLUMN source_key TYPE text COLLATE \"default\","
                          " ALTER COLUMN target_key TYPE text COLLATE \"default\", ALTER COLUMN entity TYPE text COLLATE \"default\","
                          " ADD PRIMARY KEY (run_id, entity, source_key);"
                          "CREATE INDEX ledger_target_key_idx ON zhiqiao_migration.ledger (entity, target_key);"
                          "ALTER TABLE zhiqiao_migration.quarantine ALTER COLUMN source_key TYPE text COLLATE \"default\","
                          " ALTER COLUMN entity TYPE text COLLATE \"default\", ADD PRIMARY KEY (run_id, entity, source_key);"
                          "ALTER TABLE zhiqiao_migration.runs DROP COLUMN started_xid;"
                          "DELETE FROM zhiqiao_migration.schema_version WHERE version > 1").ok());
        QCOMPARE(*TargetLedger::schemaVersion(*m_s), 1);
        QVERIFY(!m_s->begin().isError());
        QVERIFY(!TargetLedger::recordBatch(*m_s, run.runId, userBatch(1, 1, 20, QStringLiteral("v1-"))).isError());
        QVERIFY(m_s->commit().committed());
        const DbError e = TargetLedger::ensureSchema(*m_s);
        QVERIFY2(!e.isError(), qPrintable(e.serverText));
        QCOMPARE(*TargetLedger::schemaVersion(*m_s), TargetLedger::kSchemaVersion);
        QCOMPARE(count(*m_s, "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'zhiqiao_migration'"
                             " AND column_name IN ('entity', 'source_key', 'target_key') AND collation_name = 'C'"), 5);
        QCOMPARE(count(*m_s, "SELECT count(*) FROM pg_indexes WHERE indexname = 'ledger_target_key_idx'"), 0);
        QCOMPARE(count(*m_s, "SELECT count(*) FROM pg_indexes WHERE schemaname = 'zhiqiao_migration'"
                             " AND indexname IN ('ledger_run_brin', 'ledger_user_source_idx', 'quarantine_run_brin')"), 3);
        QCOMPARE(count(*m_s, "SELECT count(*) FROM pg_constraint WHERE conname IN ('ledger_pkey', 'quarantine_pkey')"), 0);
        auto keys = TargetLedger::translateKeys(*m_s, run.runId, QStringLiteral("user"), {QStringLiteral("u000001"), QStringLiteral("u000020")});
        QVERIFY(keys.ok());
        QCOMPARE(keys->size(), 2);
        QVERIFY(!TargetLedger::deleteRun(*m_s, run.runId).isError());
    }

    void rolledBackBatchLeavesNothing()
    {
        const TargetLedger::Run run = makeRun(QStringLiteral("dedao@a"));
        QVERIFY(!TargetLedger::recordRun(*m_s, run).isError());
        QVERIFY(!m_s->begin().isError());
        TargetLedger::Batch b = userBatch(1, 1, 500, QStringLiteral("t"));
        b.quarantined.push_back({QStringLiteral("bad1"), QStringLiteral("invalid-email"), QStringLiteral("邮箱格式错误"),
                                 QByteArrayLiteral("{\"email\": \"not-an-email\"}")});
        const DbError e = TargetLedger::recordBatch(*m_s, run.runId, b);
        QVERIFY2(!e.isError(), qPrintable(e.serverText));
        QCOMPARE(count(*m_s, "SELECT count(*) FROM \"zhiqiao_migration\".\"ledger\""), 500);
        QVERIFY(!m_s->rollback().isError());
        QCOMPARE(count(*m_s, "SELECT count(*) FROM \"zhiqiao_migration\".\"ledger\""), 0);
        QCOMPARE(count(*m_s, "SELECT count(*) FROM \"zhiqiao_migration\".\"quarantine\""), 0);
        auto committed = TargetLedger::batchCommitted(*m_s, run.runId, QStringLiteral("user"), 1);
        QVERIFY(committed.ok());
        QVERIFY(!*committed);
        auto last = TargetLedger::lastCommittedBatch(*m_s, run.runId, QStringLiteral("user"));
        QVERIFY(last.ok());
        QVERIFY(!last->has_value());
        QVERIFY(!TargetLedger::deleteRun(*m_s, run.runId).isError());
    }

    void committedBatchesGiveResumeInfoAndCounts()
    {
        m_run = makeRun(QStringLiteral("dedao@a"));
        QVERIFY(!TargetLedger::recordRun(*m_s, m_run).isError());
        for (int batch = 1; batch <= 3; ++batch) {
            QVERIFY(!m_s->begin().isError());
            TargetLedger::Batch b = userBatch(batch, (batch - 1) * 1000 + 1, 1000, QStringLiteral("t"));
            if (batch == 2) {
                b.quarantined.push_back({QStringLiteral("bad\t1"), QStringLiteral("invalid-email"),
                                         QStringLiteral("邮箱格式错误"), QByteArrayLiteral("{\"email\": \"x\\ty\"}")});
                b.quarantined.push_back({QStringLiteral("bad2"), QStringLiteral("negative-amount"),
                                         QStringLiteral("amount < 0"), QByteArray()});
                b.notifications.push_back({QStringLiteral("t1001"), QByteArrayLiteral("{\"items\": 3, \"text\": \"已迁移\"}")});
            }
            const DbError e = TargetLedger::recordBatch(*m_s, m_run.runId, b);
            QVERIFY2(!e.isError(), qPrintable(e.serverText));
            QVERIFY(m_s->commit().committed());
        }
        auto last = TargetLedger::lastCommittedBatch(*m_s, m_run.runId, QStringLiteral("user"));
        QVERIFY(last.ok() && last->has_value());
        QCOMPARE((*last)->batchNo, 3);
        QCOMPARE((*last)->lastSourceKey, QStringLiteral("u003000"));
        QCOMPARE((*last)->firstSourceKey, QStringLiteral("u002001"));
        QCOMPARE((*last)->rows, std::int64_t(1000));
        QCOMPARE((*last)->batchSha256, sha(QStringLiteral("u002001u003000")));
        QVERIFY((*last)->committedAt.isValid());
        QVERIFY(*TargetLedger::batchCommitted(*m_s, m_run.runId, QStringLiteral("user"), 2));
        QVERIFY(!*TargetLedger::batchCommitted(*m_s, m_run.runId, QStringLiteral("user"), 4));
        QVERIFY(!TargetLedger::lastCommittedBatch(*m_s, m_run.runId, QStringLiteral("order"))->has_value());

        auto counts = TargetLedger::ledgerCounts(*m_s, m_run.runId);
        QVERIFY(counts.ok());
        QCOMPARE(counts->value(QStringLiteral("user")).created, std::int64_t(2700));
        QCOMPARE(counts->value(QStringLiteral("user")).merged, std::int64_t(300));
        QCOMPARE(counts->value(QStringLiteral("user")).total(), std::int64_t(3000));
        auto q = TargetLedger::quarantineCounts(*m_s, m_run.runId);
        QVERIFY(q.ok());
        QCOMPARE(q->value(QStringLiteral("user")).value(QStringLiteral("invalid-email")), std::int64_t(1));
        QCOMPARE(q->value(QStringLiteral("user")).value(QStringLiteral("negative-amount")), std::int64_t(1));
        QCOMPARE(count(*m_s, "SELECT count(*) FROM \"zhiqiao_migration\".\"quarantine\" WHERE \"source_key\" = $1"
                             " AND \"source_record\"->>'email' = $2", {"bad\t1", "x\ty"}), 1);
        QCOMPARE(count(*m_s, "SELECT count(*) FROM \"zhiqiao_migration\".\"notification_outbox\""
                             " WHERE \"payload\"->>'text' = $1 AND \"sent_at\" IS NULL", {"已迁移"}), 1);
        QCOMPARE(count(*m_s, "SELECT count(*) FROM \"zhiqiao_migration\".\"ledger\" WHERE \"record_sha256\" = $1::bytea",
                       {"\\x" + sha(QStringLiteral("u000042")).toHex().toStdString()}), 1);

        // The same batch again (a redo after an in-doubt commit that did commit) is refused.
        QVERIFY(!m_s->begin().isError());
        QVERIFY(TargetLedger::recordBatch(*m_s, m_run.runId, userBatch(3, 2001, 1000, QStringLiteral("t"))).isError());
        QVERIFY(!m_s->rollback().isError());

        std::int64_t seen = 0;
        QString firstKey;
        auto streamed = TargetLedger::targetKeys(*m_s, m_run.runId, QStringLiteral("user"),
            [&](const QString &source, const QString &target, TargetLedger::Outcome) {
                if (seen++ == 0)
                    firstKey = source + QLatin1Char('>') + target;
                return true;
            });
        QVERIFY(streamed.ok());
        QCOMPARE(*streamed, std::int64_t(3000));
        QCOMPARE(firstKey, QStringLiteral("u000001>t1"));
    }

    void largeBatchGoesThroughCopy()
    {
        const TargetLedger::Run big = makeRun(QStringLiteral("dedao@big"));
        QVERIFY(!TargetLedger::recordRun(*m_s, big).isError());
        const TargetLedger::Batch b = userBatch(1, 1, 200000, QStringLiteral("目标"));
        QElapsedTimer t;
        t.start();
        QVERIFY(!m_s->begin().isError());
        const DbError e = TargetLedger::recordBatch(*m_s, big.runId, b);
        QVERIFY2(!e.isError(), qPrintable(e.serverText));
        QVERIFY(m_s->commit().committed());
        qInfo("200000 ledger rows recorded in %lld ms", static_cast<long long>(t.elapsed()));
        QCOMPARE(TargetLedger::ledgerCounts(*m_s, big.runId)->value(QStringLiteral("user")).total(), std::int64_t(200000));
        QVERIFY(!TargetLedger::deleteRun(*m_s, big.runId).isError());
    }

    void runIdentityIsChecked()
    {
        TargetLedger::Run again = m_run;
        QVERIFY(!TargetLedger::recordRun(*m_s, again).isError()); // resume with the same plan
        again.planFingerprint = QStringLiteral("fp-2");
        QVERIFY(TargetLedger::recordRun(*m_s, again).isError());
        QVERIFY(!TargetLedger::updateRunStatus(*m_s, m_run.runId, QStringLiteral("finished"), true).isError());
        auto r = TargetLedger::run(*m_s, m_run.runId);
        QVERIFY(r.ok() && r->has_value());
        QCOMPARE((*r)->status, QStringLiteral("finished"));
        QVERIFY((*r)->finishedAt.isValid());
        QVERIFY(TargetLedger::updateRunStatus(*m_s, QUuid::createUuid(), QStringLiteral("x"), false).isError());
    }

    void keysTranslateAcrossRunsOfThePair()
    {
        // A later run of the same pair (orders) finds users migrated by the first run; a run
        // from another source does not.
        const TargetLedger::Run orders = makeRun(QStringLiteral("dedao@a"), QStringLiteral("fp-orders"));
        const TargetLedger::Run other = makeRun(QStringLiteral("dedao@b"));
        QVERIFY(!TargetLedger::recordRun(*m_s, orders).isError());
        QVERIFY(!TargetLedger::recordRun(*m_s, other).isError());
        QVERIFY(!m_s->begin().isError());
        QVERIFY(!TargetLedger::recordBatch(*m_s, other.runId, userBatch(1, 1, 10, QStringLiteral("other"))).isError());
        QVERIFY(m_s->commit().committed());

        const QStringList keys = {QStringLiteral("u000001"), QStringLiteral("u002500"), QStringLiteral("nobody"),
                                  QStringLiteral("we\"ird\\key")};
        auto pair = TargetLedger::translateKeys(*m_s, orders.runId, QStringLiteral("user"), keys);
        QVERIFY2(pair.ok(), qPrintable(pair.error().serverText));
        QCOMPARE(pair->size(), 2);
        QCOMPARE(pair->value(QStringLiteral("u000001")), QStringLiteral("t1"));
        QCOMPARE(pair->value(QStringLiteral("u002500")), QStringLiteral("t2500"));
        auto own = TargetLedger::translateKeys(*m_s, orders.runId, QStringLiteral("user"), keys, TargetLedger::KeyScope::ThisRun);
        QVERIFY(own.ok());
        QVERIFY(own->isEmpty());
        auto fromOther = TargetLedger::translateKeys(*m_s, other.runId, QStringLiteral("user"), keys);
        QVERIFY(fromOther.ok());
        QCOMPARE(fromOther->value(QStringLiteral("u000001")), QStringLiteral("other1"));
        QCOMPARE(fromOther->size(), 1);
    }

    void deleteRunRemovesEverything()
    {
        QVERIFY(!TargetLedger::deleteRun(*m_s, m_run.runId).isError());
        const std::string id = m_run.runId.toString(QUuid::WithoutBraces).toStdString();
        for (const char *t : {"ledger", "quarantine", "notification_outbox", "batches", "runs"})
            QCOMPARE(count(*m_s, std::string("SELECT count(*) FROM \"zhiqiao_migration\".\"") + t + "\" WHERE \"run_id\" = $1::uuid", {id}), 0);
        QVERIFY(count(*m_s, "SELECT count(*) FROM \"zhiqiao_migration\".\"ledger\"") > 0); // other runs kept
    }

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<PgSession> m_s;
    TargetLedger::Run m_run;
};

QTEST_GUILESS_MAIN(TestTargetLedger)
#include "tst_targetledger.moc"
