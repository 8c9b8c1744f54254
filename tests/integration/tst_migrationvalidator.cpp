// MigrationValidator against the real sandbox. The load path is built elsewhere, so the fixture
// simulates a migrated run itself: demo users and their orders read from dedao, transformed with
// the shipped plan, written to ximalaya through the adapter's write section, and recorded in the
// ledger in the same transaction. Then the target is damaged in the three ways the validator
// must catch: a changed value, a deleted row, and a copied row.
#include "demo/demogenerator.h"
#include "migration/itemmatcher.h"
#include "migration/migrationreport.h"
#include "migration/migrationvalidator.h"
#include "migration/recordtransformer.h"
#include "migration/targetledger.h"
#include "migration/workspace.h"
#include "platform/adapterloader.h"
#include "platform/entityreader.h"
#include "platform/entitywriter.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<QVariantMap> readAllOf(pqxx::connection &conn, const Adapter &adapter, const char *entity)
{
    QList<QVariantMap> out;
    QStringList after;
    for (;;) {
        auto page = EntityReader::read(conn, adapter, QString::fromLatin1(entity), 2000, after);
        if (!page.ok() || page->records.isEmpty())
            return out;
        out += page->records;
        after = page->lastKey;
    }
}
} // namespace

class TestMigrationValidator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>(QStringLiteral("migrationvalidator"));
        QVERIFY(m_db->isReady());
        DemoSeedOptions options;
        options.users = 200;
        options.conninfo = m_db->conninfo();
        auto seeded = DemoGenerator(options).seed();
        QVERIFY2(seeded.ok(), qPrintable(seeded.error().message));
        m_conn = m_db->connect();
        for (const char *name : {"dedao", "ximalaya"}) {
            const QString file = QStringLiteral(":/adapters/%1.json").arg(QLatin1String(name));
            AdapterLoadResult r = AdapterLoader::loadData(readAll(file), file, *m_conn);
            QVERIFY2(r.ok(), qPrintable(r.problemsText()));
            (QLatin1String(name) == QLatin1String("dedao") ? m_source : m_target) = *r.adapter;
        }
        auto plan = MigrationPlanLoader::loadData(readAll(QStringLiteral(":/plans/dedao-to-ximalaya.json")));
        QVERIFY2(plan.ok(), qPrintable(plan.problemsText()));
        m_plan = *plan.plan;
        m_plan.source = QStringLiteral("test");
        m_plan.target = QStringLiteral("test");
        auto s = PgSession::open(m_db->conninfo());
        QVERIFY(s.ok());
        m_s = std::move(s.value());
        QVERIFY(!TargetLedger::ensureSchema(*m_s).isError());
        simulateRun();
    }

    void cleanMigrationPasses()
    {
        const ValidationResult r = validate(false);
        QVERIFY2(r.passed(), qPrintable(r.failureReasons().join(QLatin1Char('\n'))));
        QCOMPARE(r.entities, (QStringList{QStringLiteral("user"), QStringLiteral("order"), QStringLiteral("consent")}));
        QCOMPARE(r.counts.value(QStringLiteral("consent")).verified, qint64(m_consents.size()));
        QCOMPARE(r.counts.value(QStringLiteral("user")).verified, qint64(m_users.size()));
        QCOMPARE(r.counts.value(QStringLiteral("order")).verified, qint64(m_orders.size()));
        QCOMPARE(r.counts.value(QStringLiteral("order")).quarantined, qint64(1));
        QCOMPARE(r.issueTotal, qint64(0));
        QVERIFY(r.counts.value(QStringLiteral("order")).balanced());
    }

    void fullCheckPasses()
    {
        const ValidationResult r = validate(true);
        QVERIFY2(r.passed(), qPrintable(r.failureReasons().join(QLatin1Char('\n')) + issuesText(r)));
        QCOMPARE(r.counts.value(QStringLiteral("order")).verified, qint64(m_orders.size()));
    }

    void changedValueIsAMismatchWithFieldDiff()
    {
        const QString key = m_users.value(3);
        QVERIFY(m_s->execParams("UPDATE \"ximalaya\".\"account\" SET \"display_name\" = $1 WHERE \"account_id\" = $2::uuid",
                                {"<script>alert(\"x\")</script> & 名", key.toStdString()}).ok());
        const ValidationResult r = validate(false);
        QVERIFY(!r.passed());
        QCOMPARE(r.counts.value(QStringLiteral("user")).mismatched, qint64(1));
        QCOMPARE(r.issueTotal, qint64(1));
        const ValidationIssue &i = r.issues.first();
        QCOMPARE(i.kind, ValidationIssue::Kind::Mismatch);
        QCOMPARE(i.targetKey, key);
        QCOMPARE(i.diffs.size(), 1);
        QCOMPARE(i.diffs.first().field, QStringLiteral("name"));

        // The report: verdict prominent, hostile text escaped, JSON carries the diff.
        const QString html = MigrationReport::toHtml(r, {});
        QVERIFY(html.contains(QStringLiteral("verdict")));
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
        const QJsonObject json = MigrationReport::toJson(r, {});
        QCOMPARE(json.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("failed"));
        QCOMPARE(json.value(QStringLiteral("issues")).toArray().first().toObject().value(QStringLiteral("diffs")).toArray().size(), 1);

        QVERIFY(m_s->execParams("UPDATE \"ximalaya\".\"account\" SET \"display_name\" = $1 WHERE \"account_id\" = $2::uuid",
                                {m_userNames.value(3).isNull() ? std::nullopt : std::optional<std::string>(m_userNames.value(3).toStdString()),
                                 key.toStdString()}).ok());
        QVERIFY(validate(false).passed());
    }

    void compositeKeyMismatchAndMissing()
    {
        const QStringList key = m_consents.value(0).split(QChar(0x1f));
        const PgParams params{key[0].toStdString()};
        QVERIFY(m_s->execParams("UPDATE \"ximalaya\".\"privacy_consent\" SET \"granted\" = NOT \"granted\" WHERE \"account_id\" = $1::uuid"
                                " AND \"consent_type\" = (SELECT min(\"consent_type\") FROM \"ximalaya\".\"privacy_consent\""
                                " WHERE \"account_id\" = $1::uuid)", params).ok());
        ValidationResult r = validate(false);
        QVERIFY(!r.passed());
        QCOMPARE(r.counts.value(QStringLiteral("consent")).mismatched, qint64(1));
        QCOMPARE(r.issueTotal, qint64(1));
        QCOMPARE(r.issues.first().diffs.size(), 1);
        QCOMPARE(r.issues.first().diffs.first().field, QStringLiteral("granted"));
        QVERIFY(m_s->execParams("UPDATE \"ximalaya\".\"privacy_consent\" SET \"granted\" = NOT \"granted\" WHERE \"account_id\" = $1::uuid"
                                " AND \"consent_type\" = (SELECT min(\"consent_type\") FROM \"ximalaya\".\"privacy_consent\""
                                " WHERE \"account_id\" = $1::uuid)", params).ok());
        QVERIFY(validate(true).passed());
    }

    void deletedRowIsMissing()
    {
        const std::string key = m_orders.value(5).toStdString();
        QVERIFY(m_s->exec("CREATE TABLE \"public\".\"saved_purchase\" AS SELECT * FROM \"ximalaya\".\"purchase\" WHERE false").ok());
        QVERIFY(m_s->execParams("WITH d AS (DELETE FROM \"ximalaya\".\"purchase\" WHERE \"purchase_id\" = $1::uuid RETURNING *)"
                                " INSERT INTO \"public\".\"saved_purchase\" SELECT * FROM d", {key}).ok());
        const ValidationResult r = validate(false);
        QVERIFY(!r.passed());
        QCOMPARE(r.counts.value(QStringLiteral("order")).missing, qint64(1));
        QCOMPARE(r.issueTotal, qint64(1));
        QCOMPARE(r.issues.first().kind, ValidationIssue::Kind::Missing);
        QCOMPARE(r.issues.first().targetKey.toStdString(), key);
        QVERIFY(m_s->exec("INSERT INTO \"ximalaya\".\"purchase\" SELECT * FROM \"public\".\"saved_purchase\";"
                          "DROP TABLE \"public\".\"saved_purchase\"").ok());
        QVERIFY(validate(false).passed());
    }

    void copiedRowIsDuplicate()
    {
        // Rule: a target row owned by the run's users, unknown to the ledger, with the content of a
        // migrated record (more such rows than ledger entries) is a duplicate.
        const std::string key = m_orders.value(7).toStdString();
        QVERIFY(m_s->execParams("INSERT INTO \"ximalaya\".\"purchase\" SELECT gen_random_uuid(), \"account_id\", \"album_id\","
                                " \"paid_yuan\", \"client\", \"purchased_at\", \"state\", \"refund_yuan\", \"refunded_at\""
                                " FROM \"ximalaya\".\"purchase\" WHERE \"purchase_id\" = $1::uuid", {key}).ok());
        const ValidationResult r = validate(false);
        QVERIFY2(!r.passed(), qPrintable(issuesText(r)));
        QCOMPARE(r.counts.value(QStringLiteral("order")).duplicated, qint64(1));
        QCOMPARE(r.counts.value(QStringLiteral("order")).mismatched, qint64(0));
        QCOMPARE(r.issueTotal, qint64(1));
        QCOMPARE(r.issues.first().kind, ValidationIssue::Kind::Duplicate);
        QVERIFY(r.issues.first().targetKey.toStdString() != key);
        QVERIFY(m_s->execParams("DELETE FROM \"ximalaya\".\"purchase\" WHERE \"purchase_id\" = $1::uuid",
                                {r.issues.first().targetKey.toStdString()}).ok());
        QVERIFY(validate(false).passed());
    }

    void reportIsStoredInTheWorkspaceRun()
    {
        Workspace::Location where;
        where.source = Workspace::Location::Source::Environment;
        where.conninfo = m_db->conninfo();
        auto ws = Workspace::connect(where);
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        Workspace::Run run;
        run.runId = m_runId;
        run.planJson = m_plan.toJsonText();
        run.planFingerprint = m_plan.fingerprint();
        run.status = QStringLiteral("finished");
        QVERIFY(Workspace::createRun(**ws, run).ok());
        Workspace::RunUpdate backup;
        backup.backupPath = QStringLiteral("/backups/run.zqbk");
        backup.backupSha256 = QStringLiteral("ab12");
        QVERIFY(!Workspace::updateRun(**ws, m_runId, backup).isError());

        const MigrationReport::RunInfo info = MigrationReport::runInfo(**ws, m_runId);
        QCOMPARE(info.backupSha256, QStringLiteral("ab12"));
        QCOMPARE(info.operatorName, Workspace::operatorName());
        const QJsonObject report = MigrationReport::toJson(validate(false), info);
        QVERIFY(!MigrationReport::store(**ws, m_runId, report).isError());
        auto stored = Workspace::getRun(**ws, m_runId);
        QVERIFY(stored.ok() && stored->has_value());
        const QJsonObject back = QJsonDocument::fromJson((*stored)->reportJson).object();
        QCOMPARE(back.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("passed"));
        QCOMPARE(back.value(QStringLiteral("run")).toObject().value(QStringLiteral("backup_file")).toString(),
                 QStringLiteral("/backups/run.zqbk"));
        QVERIFY(MigrationReport::toHtml(validate(false), info).contains(QStringLiteral("verdict passed")));
    }

    void cancelledValidationFails()
    {
        MigrationValidator::Options o = options(false);
        std::atomic<bool> cancel{true};
        const ValidationResult r = MigrationValidator(o).run({}, &cancel);
        QVERIFY(r.cancelled);
        QVERIFY(!r.passed());
    }

private:
    MigrationValidator::Options options(bool full) const
    {
        MigrationValidator::Options o;
        o.plan = m_plan;
        o.runId = m_runId;
        o.sourceProfile = m_db->profile();
        o.targetProfile = m_db->profile();
        o.sourceAdapter = m_source;
        o.targetAdapter = m_target;
        o.full = full;
        return o;
    }

    ValidationResult validate(bool full)
    {
        return MigrationValidator::start(options(full)).result();
    }

    static QString issuesText(const ValidationResult &r)
    {
        QString out;
        for (const ValidationIssue &i : r.issues) {
            out += QStringLiteral("\n%1 %2 %3: %4").arg(i.entity, i.sourceKey, i.targetKey, i.detail);
            for (const auto &d : i.diffs)
                out += QStringLiteral(" [%1 %2 -> %3]").arg(d.field, d.sourceText, d.targetText);
        }
        return out;
    }

    // What the load path does, by hand: transform, insert through the write section, ledger.
    void simulateRun()
    {
        const QList<QVariantMap> sourceUsers = readAllOf(*m_conn, m_source, "user");
        const QList<QVariantMap> sourceOrders = readAllOf(*m_conn, m_source, "order");
        ItemMatcher items(m_plan.items);
        for (const QVariantMap &item : readAllOf(*m_conn, m_target, "item"))
            items.addTargetItem(item);
        QHash<QString, QVariantMap> sourceItems;
        for (const QVariantMap &item : readAllOf(*m_conn, m_source, "item"))
            sourceItems.insert(item.value(QStringLiteral("item_key")).toString(), item);
        QHash<QString, QString> userMap;
        QString assigned;
        TransformContext context;
        context.translateKey = [&](const QString &entity, std::string_view k) -> std::optional<std::string> {
            const QString key = QString::fromUtf8(k.data(), qsizetype(k.size()));
            if (entity == QLatin1String("user"))
                return userMap.contains(key) ? std::optional<std::string>(userMap.value(key).toStdString()) : std::nullopt;
            const std::optional<QString> item = items.match(sourceItems.value(key));
            return item ? std::optional<std::string>(item->toStdString()) : std::nullopt;
        };
        context.assignKey = [&](const QString &, const CanonicalRecord &) -> std::optional<std::string> {
            return assigned.toStdString();
        };
        RecordTransformer transformer(m_plan, context);

        m_runId = QUuid::createUuid();
        TargetLedger::Run run{m_runId, m_plan.fingerprint(), QStringLiteral("dedao@test"), QStringLiteral("ximalaya@test"),
                              QStringLiteral("finished"), {}, {}};
        QVERIFY(!TargetLedger::recordRun(*m_s, run).isError());

        auto write = [&](const QString &entity, const QVariantMap &source, const QString &sourceKey, TargetLedger::Batch &batch) {
            assigned = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const TransformOutcome o = transformer.transform(entity, source);
            if (!o.isRecord())
                return false;
            auto st = EntityWriter::insertStatement(m_target, o.record);
            if (!st.ok() || !m_s->execParams(st->sql, st->params).ok())
                return false;
            batch.entries.push_back({sourceKey, assigned, TargetLedger::Outcome::Created,
                                     MigrationValidator::recordSha256(m_target, entity, o.record.toVariantMap())});
            return true;
        };

        QVERIFY(!m_s->begin().isError());
        TargetLedger::Batch users;
        users.entity = QStringLiteral("user");
        users.batchNo = 1;
        for (const QVariantMap &u : sourceUsers) {
            const QString key = u.value(QStringLiteral("user_key")).toString();
            if (m_users.size() < 60 && write(users.entity, u, key, users)) {
                userMap.insert(key, users.entries.back().targetKey);
                m_users.append(users.entries.back().targetKey);
                m_userNames.append(u.value(QStringLiteral("name")).toString());
            }
        }
        QVERIFY(!TargetLedger::recordBatch(*m_s, m_runId, users).isError());
        QVERIFY(m_s->commit().committed());

        QVERIFY(!m_s->begin().isError());
        TargetLedger::Batch orders;
        orders.entity = QStringLiteral("order");
        orders.batchNo = 1;
        for (const QVariantMap &o : sourceOrders) {
            if (!userMap.contains(o.value(QStringLiteral("user_key")).toString()))
                continue;
            if (write(orders.entity, o, o.value(QStringLiteral("order_key")).toString(), orders))
                m_orders.append(orders.entries.back().targetKey);
        }
        orders.quarantined.push_back({QStringLiteral("bad-1"), QStringLiteral("negative_amount"), QStringLiteral("amount < 0"),
                                      QByteArrayLiteral("{\"amount\": \"-1.00\"}")});
        QVERIFY(!TargetLedger::recordBatch(*m_s, m_runId, orders).isError());
        QVERIFY(m_s->commit().committed());

        // A composite key: the ledger joins the canonical key fields with U+001F (target) and the
        // platform key columns likewise (source), as the load path does.
        QVERIFY(!m_s->begin().isError());
        TargetLedger::Batch consents;
        consents.entity = QStringLiteral("consent");
        consents.batchNo = 1;
        const QChar sep(0x1f);
        for (const QVariantMap &c : readAllOf(*m_conn, m_source, "consent")) {
            const QString user = c.value(QStringLiteral("user_key")).toString();
            if (!userMap.contains(user))
                continue;
            const QString purpose = c.value(QStringLiteral("purpose")).toString();
            if (write(consents.entity, c, user + sep + purpose, consents)) {
                consents.entries.back().targetKey = userMap.value(user) + sep + purpose;
                m_consents.append(consents.entries.back().targetKey);
            }
        }
        QVERIFY(!TargetLedger::recordBatch(*m_s, m_runId, consents).isError());
        QVERIFY(m_s->commit().committed());
        QVERIFY(!m_consents.isEmpty());
        QCOMPARE(m_users.size(), 60);
        QVERIFY2(m_orders.size() >= 10, qPrintable(QString::number(m_orders.size())));
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<pqxx::connection> m_conn;
    std::unique_ptr<PgSession> m_s;
    Adapter m_source;
    Adapter m_target;
    MigrationPlan m_plan;
    QUuid m_runId;
    QStringList m_users;     // target keys
    QStringList m_userNames; // source names, same order
    QStringList m_orders;    // target keys
    QStringList m_consents;  // target keys (user key U+001F purpose)
};

QTEST_GUILESS_MAIN(TestMigrationValidator)
#include "tst_migrationvalidator.moc"
