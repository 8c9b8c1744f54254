#include "demo/demotaxonomy.h"
#include "migration/migrationplan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

QByteArray example()
{
    QFile f(QStringLiteral(":/plans/dedao-to-ximalaya.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("example plan missing from resources");
    return f.readAll();
}

QJsonObject exampleObject()
{
    return QJsonDocument::fromJson(example()).object();
}

// Sets (or with an undefined value removes) the value at a dotted path; "[n]" is not needed here.
QJsonObject edited(QJsonObject o, const QStringList &path, const QJsonValue &value)
{
    const QString key = path.first();
    if (path.size() == 1) {
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
        return o;
    }
    o.insert(key, edited(o.value(key).toObject(), path.mid(1), value));
    return o;
}

QJsonValue json(const char *text)
{
    if (QByteArray(text) == "REMOVE")
        return QJsonValue(QJsonValue::Undefined);
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray("[") + text + "]");
    if (!d.isArray())
        qFatal("bad JSON in test: %s", text);
    return d.array().at(0);
}

QByteArray text(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace

class TestMigrationPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedExample()
    {
        const MigrationPlanLoadResult r = MigrationPlanLoader::loadData(example());
        QVERIFY2(r.ok(), qPrintable(r.problemsText()));
        const MigrationPlan &p = *r.plan;
        QCOMPARE(p.source, QStringLiteral("Dedao demo"));
        QCOMPARE(p.target, QStringLiteral("Ximalaya demo"));
        QCOMPARE(p.entities, MigrationPlan::movableEntities());
        QCOMPARE(p.conflictPolicy, ConflictPolicy::LinkAndMerge);
        QCOMPARE(p.maps.membershipPlan.entries.size(), 3);
        // Every demo sub-category of 得到 maps to the same subject under 喜马拉雅's top-level name.
        for (const DemoCategory &c : DemoTaxonomy::categories()) {
            const QString from = QString::fromUtf8(c.dedaoTop) + QLatin1Char('/') + QString::fromUtf8(c.name);
            const QString to = QString::fromUtf8(c.ximalayaTop) + QLatin1Char('/') + QString::fromUtf8(c.name);
            QVERIFY2(p.maps.category.entries.contains(from), qPrintable(from));
            QCOMPARE(p.maps.category.entries.value(from).value(QStringLiteral("category_path")).toString(), to);
        }
        QCOMPARE(p.maps.category.entries.value(QStringLiteral("商业/管理")).value(QStringLiteral("category_key")).toString(),
                 QStringLiteral("101"));
        QCOMPARE(p.maps.category.entries.value(QStringLiteral("生活/艺术")).value(QStringLiteral("category_key")).toString(),
                 QStringLiteral("503"));
    }

    void problems_data()
    {
        QTest::addColumn<QString>("path"); // dotted path edited in the example plan
        QTest::addColumn<QString>("value"); // JSON, or REMOVE
        QTest::addColumn<QString>("place"); // where the problem is reported
        const auto row = [](const char *name, const char *path, const char *value, const char *place) {
            QTest::newRow(name) << QString::fromUtf8(path) << QString::fromUtf8(value) << QString::fromUtf8(place);
        };
        row("wrong format", "format", "\"zhiqiao-adapter\"", "format");
        row("format missing", "format", "REMOVE", "");
        row("future version", "version", "2", "version");
        row("source missing", "source", "REMOVE", "");
        row("source with a line break", "source", "\"Dedao\\ndemo\"", "source");
        row("source over-long", "source", "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"", "source");
        row("target equals source", "target", "\"Dedao demo\"", "target");
        row("unknown top-level key", "colour", "\"blue\"", "colour");
        row("scope kind unknown", "scope", "{\"kind\": \"some\"}", "scope.kind");
        row("filter without criteria", "scope", "{\"kind\": \"filter\"}", "scope");
        row("filter channel unknown", "scope", "{\"kind\": \"filter\", \"channels\": [\"wechat\"]}", "scope.channels[0]");
        row("filter time without zone", "scope", "{\"kind\": \"filter\", \"registered_from\": \"2024-01-01T08:00:00\"}", "scope.registered_from");
        row("filter times reversed", "scope", "{\"kind\": \"filter\", \"registered_from\": \"2024-02-01\", \"registered_to\": \"2024-01-01\"}", "scope.registered_to");
        row("filter consent purpose unknown", "scope", "{\"kind\": \"filter\", \"consent_purpose\": \"marketing\"}", "scope.consent_purpose");
        row("filter category empty level", "scope", "{\"kind\": \"filter\", \"categories\": [\"商业//管理\"]}", "scope.categories");
        row("users list empty", "scope", "{\"kind\": \"users\", \"user_keys\": []}", "scope.user_keys");
        row("users key twice", "scope", "{\"kind\": \"users\", \"user_keys\": [\"1\", \"1\"]}", "scope.user_keys[1]");
        row("user key with NUL", "scope", "{\"kind\": \"user\", \"user_key\": \"1\\u0000\"}", "scope.user_key");
        row("scope key of another kind", "scope", "{\"kind\": \"all\", \"user_key\": \"1\"}", "scope.user_key");
        row("entities include item", "entities", "[\"user\", \"item\"]", "entities[1]");
        row("entities twice", "entities", "[\"user\", \"order\", \"order\"]", "entities[2]");
        row("entities unknown", "entities", "[\"users\"]", "entities[0]");
        row("entities empty", "entities", "[]", "entities");
        row("items policy unknown", "items.unmatched", "\"ignore\"", "items.unmatched");
        row("items map value not text", "items.map", "{\"7\": 8}", "items.map.7");
        row("maps unknown", "maps.channel", "{}", "maps.channel");
        row("unmapped policy unknown", "maps.category.unmapped", "\"ignore\"", "maps.category.unmapped");
        row("unmapped policy missing", "maps.category.unmapped", "REMOVE", "maps.category");
        row("default policy without default", "maps.category.unmapped", "\"default\"", "maps.category");
        row("default with another policy", "maps.category.default", "{\"key\": \"101\", \"path\": \"商业财经/管理\"}", "maps.category.default");
        row("category target without key", "maps.category.entries.商业/管理", "{\"path\": \"商业财经/管理\"}", "maps.category.entries.商业/管理.key");
        row("category target path empty level", "maps.category.entries.商业/管理", "{\"key\": \"101\", \"path\": \"商业财经/\"}", "maps.category.entries.商业/管理.path");
        row("category source empty level", "maps.category.entries.商业//管理", "{\"key\": \"101\", \"path\": \"商业财经/管理\"}", "maps.category.entries.商业//管理");
        row("event kind target unknown", "maps.event_kind.entries.like", "\"poke\"", "maps.event_kind.entries.like");
        row("event kind source not canonical", "maps.event_kind.entries.collect", "\"favourite\"", "maps.event_kind.entries.collect");
        row("membership tier unknown", "maps.membership_plan.entries.month.tier", "\"gold\"", "maps.membership_plan.entries.month.tier");
        row("membership target extra key", "maps.membership_plan.entries.month.price", "\"9\"", "maps.membership_plan.entries.month.price");
        row("conflict policy unknown", "conflict_policy", "\"merge\"", "conflict_policy");
        row("conflict policy missing", "conflict_policy", "REMOVE", "");
        row("error policy unknown", "error_policy", "\"retry\"", "error_policy");
        row("consent not a boolean", "require_migration_consent", "\"yes\"", "require_migration_consent");
        row("batch too small", "batch_size", "50", "batch_size");
        row("batch too large", "batch_size", "1000000", "batch_size");
        row("batch fractional", "batch_size", "1000.5", "batch_size");
        row("batch as text", "batch_size", "\"1000\"", "batch_size");
    }
    void problems()
    {
        QFETCH(QString, path);
        QFETCH(QString, value);
        QFETCH(QString, place);
        const QByteArray doc = text(edited(exampleObject(), path.split(QLatin1Char('.')), json(value.toUtf8().constData())));
        const MigrationPlanLoadResult r = MigrationPlanLoader::loadData(doc);
        QVERIFY(!r.ok());
        QVERIFY(!r.plan.has_value());
        bool found = false;
        for (const PlanProblem &p : r.problems) {
            if (p.place != place)
                continue;
            found = true;
            QVERIFY2(p.line > 0, qPrintable(p.toString()));
            QVERIFY(!p.message.isEmpty());
            if (!place.isEmpty() && !place.endsWith(QLatin1Char(']'))) {
                // The line is where the value stands in the text, or its parent when it is missing.
                const QString lineText = QString::fromUtf8(doc.split('\n').value(p.line - 1));
                const QStringList parts = place.split(QLatin1Char('.'));
                const bool here = lineText.contains(QLatin1Char('"') + parts.last() + QLatin1Char('"'));
                const bool parent = parts.size() > 1 && lineText.contains(QLatin1Char('"') + parts.at(parts.size() - 2) + QLatin1Char('"'));
                QVERIFY2(here || parent, qPrintable(p.toString() + QStringLiteral(" / ") + lineText));
            }
        }
        QVERIFY2(found, qPrintable(r.problemsText()));
    }

    void exactLines()
    {
        const QByteArray doc = "{\n"
                               "  \"format\": \"zhiqiao-migration-plan\",\n"
                               "  \"version\": 1,\n"
                               "  \"name\": \"t\",\n"
                               "  \"source\": \"a\",\n"
                               "  \"target\": \"b\",\n"
                               "  \"scope\": {\"kind\": \"all\"},\n"
                               "  \"entities\": [\"user\"],\n"
                               "  \"maps\": {\"membership_plan\": {\"unmapped\": \"drop\",\n"
                               "      \"entries\": {\"svip\": {\"plan\": \"SVIP\", \"tier\": \"gold\"}}}},\n"
                               "  \"conflict_policy\": \"skip\",\n"
                               "  \"require_migration_consent\": false,\n"
                               "  \"error_policy\": \"stop_at_first\",\n"
                               "  \"batch_size\": 7\n"
                               "}\n";
        const MigrationPlanLoadResult r = MigrationPlanLoader::loadData(doc);
        QCOMPARE(r.problems.size(), 2);
        QCOMPARE(r.problems.at(0).place, QStringLiteral("maps.membership_plan.entries.svip.tier"));
        QCOMPARE(r.problems.at(0).line, 10);
        QCOMPARE(r.problems.at(1).place, QStringLiteral("batch_size"));
        QCOMPARE(r.problems.at(1).line, 14);
        QVERIFY(r.problems.at(1).toString(QStringLiteral("p.json")).startsWith(QStringLiteral("p.json:14: batch_size: ")));

        const MigrationPlanLoadResult syntax = MigrationPlanLoader::loadData("{\n  \"format\": \"x\",\n  \"version\" 1\n}\n");
        QCOMPARE(syntax.problems.size(), 1);
        QCOMPARE(syntax.problems.at(0).line, 3);
        QVERIFY(syntax.problems.at(0).column > 0);
    }

    void hostileNamesAreOnlyValues()
    {
        // A name that would be an injection in SQL text is just a profile name that may not exist.
        QJsonObject o = edited(exampleObject(), {QStringLiteral("source")}, QStringLiteral("x\"; DROP TABLE users; --"));
        const MigrationPlanLoadResult r = MigrationPlanLoader::loadData(text(o));
        QVERIFY2(r.ok(), qPrintable(r.problemsText()));
        QCOMPARE(r.plan->source, QStringLiteral("x\"; DROP TABLE users; --"));
    }

    // Every text a plan carries, with SQL-looking or separator characters: either a plain value
    // (kept verbatim, round-trips; it is compared in memory or bound as a parameter, never SQL
    // text) or refused with its place. U+001F joins composite keys in the ledger, so it is refused.
    void hostileValues_data()
    {
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("place"); // "" = accepted
        const QString drop = QStringLiteral("x\"; DROP TABLE ximalaya.account; --");
        const QString quote = QStringLiteral("1' OR '1'='1");
        const QString unitSeparator = QStringLiteral("1") + QChar(0x1F) + QStringLiteral("2");
        const QStringList scope{QStringLiteral("scope")};
        const auto users = [](const QJsonValue &key) {
            return QJsonObject{{QStringLiteral("kind"), QStringLiteral("users")}, {QStringLiteral("user_keys"), QJsonArray{QStringLiteral("7"), key}}};
        };
        const auto filter = [](const QString &key, const QJsonValue &value) {
            return QJsonObject{{QStringLiteral("kind"), QStringLiteral("filter")}, {key, value}};
        };
        const auto row = [](const char *name, const QStringList &path, const QJsonValue &value, const QString &place) {
            QTest::newRow(name) << path << value << place;
        };
        row("user list: SQL text", scope, users(drop), "");
        row("user list: quote", scope, users(quote), "");
        row("one user: SQL text", scope, QJsonObject{{QStringLiteral("kind"), QStringLiteral("user")}, {QStringLiteral("user_key"), drop}}, "");
        row("item map: SQL text both sides", {QStringLiteral("items"), QStringLiteral("map")}, QJsonObject{{drop, drop}}, "");
        row("category map: SQL text source", {QStringLiteral("maps"), QStringLiteral("category"), QStringLiteral("entries"), drop},
            QJsonObject{{QStringLiteral("key"), quote}, {QStringLiteral("path"), drop}}, "");
        row("membership map: SQL text code", {QStringLiteral("maps"), QStringLiteral("membership_plan"), QStringLiteral("entries"), drop},
            QJsonObject{{QStringLiteral("plan"), drop}, {QStringLiteral("tier"), QStringLiteral("monthly")}}, "");
        row("filter category: SQL text", scope, filter(QStringLiteral("categories"), QJsonArray{drop}), "");
        row("user list: unit separator", scope, users(unitSeparator), "scope.user_keys[1]");
        row("user list: line break", scope, users(QStringLiteral("7\n; DROP")), "scope.user_keys[1]");
        row("user list: over-long", scope, users(QString(201, QLatin1Char('9'))), "scope.user_keys[1]");
        row("user list: number", scope, users(QJsonValue(7)), "scope.user_keys[1]");
        row("item map: unit separator key", {QStringLiteral("items"), QStringLiteral("map")}, QJsonObject{{unitSeparator, QStringLiteral("1")}},
            QStringLiteral("items.map.") + unitSeparator);
        row("entity: SQL text", {QStringLiteral("entities")}, QJsonArray{QStringLiteral("user"), drop}, "entities[1]");
        row("entity: quoted identifier", {QStringLiteral("entities")}, QJsonArray{QStringLiteral("\"order\"")}, "entities[0]");
        row("filter channel: SQL text", scope, filter(QStringLiteral("channels"), QJsonArray{drop}), "scope.channels[0]");
        row("filter consent purpose: SQL text", scope, filter(QStringLiteral("consent_purpose"), drop), "scope.consent_purpose");
        row("filter time: SQL text", scope, filter(QStringLiteral("registered_from"), quote), "scope.registered_from");
        row("event kind: SQL text", {QStringLiteral("maps"), QStringLiteral("event_kind"), QStringLiteral("entries"), drop},
            QJsonValue(QStringLiteral("like")), QStringLiteral("maps.event_kind.entries.") + drop);
        row("name: line separator", {QStringLiteral("name")}, QJsonValue(QStringLiteral("a") + QChar(0x2028) + QStringLiteral("b")), "name");
    }
    void hostileValues()
    {
        QFETCH(QStringList, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, place);
        const QByteArray doc = text(edited(exampleObject(), path, value));
        const MigrationPlanLoadResult r = MigrationPlanLoader::loadData(doc);
        if (place.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.problemsText()));
            QVERIFY(r.plan->fingerprint() != MigrationPlanLoader::loadData(example()).plan->fingerprint());
            const MigrationPlanLoadResult again = MigrationPlanLoader::loadData(r.plan->toJsonText());
            QVERIFY2(again.ok(), qPrintable(again.problemsText()));
            QCOMPARE(*again.plan, *r.plan); // kept verbatim
            return;
        }
        QVERIFY(!r.ok());
        QVERIFY(!r.plan.has_value());
        QStringList places;
        for (const PlanProblem &p : r.problems) {
            places.append(p.place);
            if (p.place == place)
                QVERIFY2(p.line > 0, qPrintable(p.toString()));
        }
        QVERIFY2(places.contains(place), qPrintable(r.problemsText()));
    }

    void roundTrip()
    {
        const MigrationPlan p = *MigrationPlanLoader::loadData(example()).plan;
        const QByteArray once = p.toJsonText();
        const MigrationPlanLoadResult again = MigrationPlanLoader::loadData(once);
        QVERIFY2(again.ok(), qPrintable(again.problemsText()));
        QCOMPARE(*again.plan, p);
        QCOMPARE(again.plan->toJsonText(), once);
        QCOMPARE(again.plan->fingerprint(), p.fingerprint());

        // A filter scope with every criterion survives too.
        QJsonObject o = edited(exampleObject(), {QStringLiteral("scope")},
                               json("{\"kind\": \"filter\", \"registered_from\": \"2024-01-01T08:00:00+08:00\", "
                                    "\"registered_to\": \"2025-01-01\", \"channels\": [\"ios\", \"android\"], "
                                    "\"categories\": [\"商业/管理\"], \"consent_purpose\": \"migration\"}"));
        const MigrationPlan f = *MigrationPlanLoader::loadData(text(o)).plan;
        QCOMPARE(f.scope.registeredFrom->toString(Qt::ISODate), QStringLiteral("2024-01-01T00:00:00Z"));
        QCOMPARE(f.scope.channels, (QStringList{QStringLiteral("android"), QStringLiteral("ios")}));
        QCOMPARE(*MigrationPlanLoader::loadData(f.toJsonText()).plan, f);
    }

    void fingerprintIgnoresCosmetics()
    {
        const QString base = MigrationPlanLoader::loadData(example()).plan->fingerprint();
        QCOMPARE(base.size(), 64);
        // Compact, re-indented and key-reordered texts.
        QCOMPARE(MigrationPlanLoader::loadData(QJsonDocument(exampleObject()).toJson(QJsonDocument::Compact)).plan->fingerprint(), base);
        QByteArray reordered = example();
        reordered.replace("\"format\": \"zhiqiao-migration-plan\",\n  \"version\": 1,",
                          "\"version\": 1,\n\n      \"format\"  :  \"zhiqiao-migration-plan\",");
        QVERIFY(reordered != example());
        QCOMPARE(MigrationPlanLoader::loadData(reordered).plan->fingerprint(), base);
        // Order of entities and of list values carries no meaning; name and description are labels.
        QJsonObject o = edited(exampleObject(), {QStringLiteral("entities")},
                               json("[\"consent\", \"membership\", \"event\", \"progress\", \"order\", \"user\"]"));
        o = edited(o, {QStringLiteral("name")}, QStringLiteral("renamed"));
        o = edited(o, {QStringLiteral("description")}, QStringLiteral("other words"));
        QCOMPARE(MigrationPlanLoader::loadData(text(o)).plan->fingerprint(), base);
    }

    void fingerprintFollowsSemantics_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");
        QTest::newRow("source") << "source" << "\"Dedao copy\"";
        QTest::newRow("target") << "target" << "\"Ximalaya copy\"";
        QTest::newRow("scope") << "scope" << "{\"kind\": \"user\", \"user_key\": \"1\"}";
        QTest::newRow("entities") << "entities" << "[\"user\"]";
        QTest::newRow("item policy") << "items.unmatched" << "\"drop\"";
        QTest::newRow("item rule") << "items.match" << "\"none\"";
        QTest::newRow("item map") << "items.map" << "{\"1\": \"x\"}";
        QTest::newRow("category target") << "maps.category.entries.商业/管理" << "{\"key\": \"102\", \"path\": \"商业财经/管理\"}";
        QTest::newRow("category entry removed") << "maps.category.entries.商业/管理" << "REMOVE";
        QTest::newRow("category policy") << "maps.category.unmapped" << "\"drop\"";
        QTest::newRow("event kind entry") << "maps.event_kind.entries.search" << "null";
        QTest::newRow("plan tier") << "maps.membership_plan.entries.svip.tier" << "\"yearly\"";
        QTest::newRow("conflict policy") << "conflict_policy" << "\"skip\"";
        QTest::newRow("consent") << "require_migration_consent" << "false";
        QTest::newRow("error policy") << "error_policy" << "\"stop_at_first\"";
        QTest::newRow("batch size") << "batch_size" << "5001";
    }
    void fingerprintFollowsSemantics()
    {
        QFETCH(QString, path);
        QFETCH(QString, value);
        const QString base = MigrationPlanLoader::loadData(example()).plan->fingerprint();
        const MigrationPlanLoadResult r = MigrationPlanLoader::loadData(
            text(edited(exampleObject(), path.split(QLatin1Char('.')), json(value.toUtf8().constData()))));
        QVERIFY2(r.ok(), qPrintable(r.problemsText()));
        QVERIFY(r.plan->fingerprint() != base);
    }

    void defaultPolicyKeepsDefault()
    {
        QJsonObject o = edited(exampleObject(), {QStringLiteral("maps"), QStringLiteral("membership_plan"), QStringLiteral("unmapped")},
                               QStringLiteral("default"));
        o = edited(o, {QStringLiteral("maps"), QStringLiteral("membership_plan"), QStringLiteral("default")},
                   json("{\"plan\": \"VIP_M\", \"tier\": \"monthly\"}"));
        const MigrationPlanLoadResult r = MigrationPlanLoader::loadData(text(o));
        QVERIFY2(r.ok(), qPrintable(r.problemsText()));
        QCOMPARE(r.plan->maps.membershipPlan.unmapped, UnmappedPolicy::Default);
        QCOMPARE(r.plan->maps.membershipPlan.defaultTarget.value(QStringLiteral("plan")).toString(), QStringLiteral("VIP_M"));
        QCOMPARE(*MigrationPlanLoader::loadData(r.plan->toJsonText()).plan, *r.plan);
    }
};

QTEST_GUILESS_MAIN(TestMigrationPlan)
#include "tst_migrationplan.moc"
