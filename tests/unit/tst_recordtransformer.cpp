#include "migration/migrationplan.h"
#include "migration/recordtransformer.h"
#include "migration/usermatcher.h"

#include <QTest>

#include <map>

namespace {

QDateTime utc(int y, int mo, int d)
{
    return QDateTime(QDate(y, mo, d), QTime(8, 0, 0), Qt::UTC);
}

MigrationPlan examplePlan()
{
    const MigrationPlanLoadResult r = MigrationPlanLoader::loadFile(QStringLiteral(":/plans/dedao-to-ximalaya.json"));
    if (!r.ok())
        qFatal("%s", qPrintable(r.problemsText()));
    return *r.plan;
}

TransformContext context()
{
    TransformContext c;
    c.translateKey = [](const QString &entity, std::string_view key) -> std::optional<std::string> {
        static const std::map<std::string, std::string, std::less<>> users{{"1", "u-1"}, {"2", "u-2"}};
        static const std::map<std::string, std::string, std::less<>> items{{"10", "i-10"}};
        const auto &map = entity == QLatin1String("user") ? users : items;
        const auto it = map.find(key);
        if (it == map.end())
            return std::nullopt;
        return it->second;
    };
    c.assignKey = [](const QString &entity, const CanonicalRecord &source) -> std::optional<std::string> {
        if (entity == QLatin1String("user"))
            return "new-" + source.value(QStringLiteral("user_key")).toQString().toStdString();
        return std::nullopt;
    };
    c.targetItemDuration = [](std::string_view key) -> std::optional<qlonglong> {
        return key == "i-10" ? std::optional<qlonglong>(1000) : std::nullopt;
    };
    c.maxLengths[QStringLiteral("item")][QStringLiteral("title")] = 20;
    c.maxLengths[QStringLiteral("order")][QStringLiteral("order_no")] = 16;
    c.now = utc(2026, 1, 1);
    return c;
}

QVariantMap good(const QString &entity)
{
    if (entity == QLatin1String("user"))
        return {{"user_key", "1"}, {"name", QStringLiteral("张伟")}, {"email", "Zhang@Example.com"}, {"phone", "138 0013 8000"},
                {"registered_at", utc(2023, 1, 1)}, {"channel", "ios"}, {"active", true}};
    if (entity == QLatin1String("order"))
        return {{"order_key", "5"}, {"order_no", "DD5"}, {"user_key", "1"}, {"item_key", "10"}, {"amount", "199"},
                {"currency", "CNY"}, {"channel", "ios"}, {"status", "paid"}, {"ordered_at", utc(2024, 3, 1)},
                {"refund_amount", QVariant()}, {"refunded_at", QVariant()}, {"refund_reason", QVariant()}};
    if (entity == QLatin1String("progress"))
        return {{"user_key", "1"}, {"item_key", "10"}, {"fraction", 0.5}, {"seconds", QVariant()}, {"updated_at", utc(2024, 3, 2)}};
    if (entity == QLatin1String("event"))
        return {{"event_key", "e1"}, {"user_key", "1"}, {"item_key", QVariant()}, {"kind", "search"}, {"channel", "pc"},
                {"occurred_at", utc(2024, 3, 3)}, {"query", QStringLiteral("管理")}};
    if (entity == QLatin1String("membership"))
        return {{"membership_key", "m1"}, {"user_key", "2"}, {"plan", "svip"}, {"tier", "premium"},
                {"starts_at", utc(2025, 6, 1)}, {"expires_at", utc(2026, 6, 1)}};
    if (entity == QLatin1String("consent"))
        return {{"user_key", "2"}, {"purpose", "migration"}, {"granted", true}, {"updated_at", utc(2024, 1, 1)}, {"evidence", "app"}};
    return {{"item_key", "99"}, {"title", QStringLiteral("管理学入门")}, {"kind", "course"}, {"category_path", QStringLiteral("商业/管理")},
            {"category_key", QStringLiteral("商业/管理")}, {"price", "99.00"}, {"currency", "CNY"}, {"duration_seconds", qlonglong(3600)},
            {"author", QStringLiteral("李明")}, {"published_at", utc(2022, 1, 1)}};
}

QVariantMap with(QVariantMap record, const QString &field, const QVariant &value)
{
    record.insert(field, value);
    return record;
}

} // namespace

class TestRecordTransformer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badRecords_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QVariantMap>("record");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const auto row = [](const char *name, const QString &entity, const QVariantMap &r, const char *code, const char *field) {
            QTest::newRow(name) << entity << r << QString::fromLatin1(code) << QString::fromLatin1(field);
        };
        const QString user = QStringLiteral("user"), order = QStringLiteral("order"), item = QStringLiteral("item");
        row("invalid e-mail", user, with(good(user), "email", "zhang.example.com"), "invalid_email", "email");
        row("invalid phone", user, with(good(user), "phone", "12345"), "invalid_phone", "phone");
        row("boolean as text", user, with(good(user), "active", "yes"), "malformed_value", "active");
        row("registered before 2000", user, with(good(user), "registered_at", utc(1999, 12, 31)), "timestamp_out_of_range", "registered_at");
        row("negative amount", order, with(good(order), "amount", "-1.00"), "negative_amount", "amount");
        row("malformed amount", order, with(good(order), "amount", "12,50"), "malformed_amount", "amount");
        row("refund > amount", order, with(with(good(order), "refund_amount", "199.01"), "status", "refunded"), "refund_exceeds_amount", "refund_amount");
        row("orphan user", order, with(good(order), "user_key", "404"), "orphan_user", "user_key");
        row("orphan item", order, with(good(order), "item_key", "404"), "orphan_item", "item_key");
        row("missing user", order, with(good(order), "user_key", QVariant()), "missing_required", "user_key");
        row("unknown status", order, with(good(order), "status", "pending"), "unknown_enum", "status");
        row("ordered in the future", order, with(good(order), "ordered_at", utc(2027, 1, 1)), "timestamp_out_of_range", "ordered_at");
        row("order number too long", order, with(good(order), "order_no", "DD-0000000000000005"), "text_too_long", "order_no");
        row("NUL in text", order, with(good(order), "order_no", QString(QStringLiteral("DD") + QChar(0))), "malformed_text", "order_no");
        row("over-long title", item, with(good(item), "title", QString(25, QChar(0x5b66))), "text_too_long", "title");
        row("unmapped category", item, with(good(item), "category_path", QStringLiteral("娱乐/电影")), "unmapped_category", "category_path");
        row("fraction 1.2", "progress", with(good("progress"), "fraction", 1.2), "fraction_out_of_range", "fraction");
        row("negative seconds", "progress", with(good("progress"), "seconds", qlonglong(-5)), "negative_value", "seconds");
        row("unmapped plan", "membership", with(good("membership"), "plan", "gold"), "unmapped_plan", "plan");
        row("event kind unreadable", "event", with(good("event"), "kind", QVariant()), "unmapped_event_kind", "kind");
        row("event of orphan user", "event", with(good("event"), "user_key", "404"), "orphan_user", "user_key");
        row("consent purpose unknown", "consent", with(good("consent"), "purpose", "marketing"), "unknown_enum", "purpose");
    }
    void badRecords()
    {
        QFETCH(QString, entity);
        QFETCH(QVariantMap, record);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const RecordTransformer t(examplePlan(), context());
        const TransformOutcome o = t.transform(entity, record);
        QCOMPARE(o.kind, TransformOutcome::Kind::Quarantine);
        QCOMPARE(o.reasonCode, code);
        QCOMPARE(o.field, field);
        QVERIFY(!o.reason.isEmpty());
        QVERIFY(!o.reason.contains(QLatin1Char('%'))); // every placeholder filled
        QVERIFY(RecordTransformer::reasonCodes().contains(code));
    }

    void goodRecords()
    {
        const RecordTransformer t(examplePlan(), context());
        TransformOutcome o = t.transform(QStringLiteral("user"), good(QStringLiteral("user")));
        QVERIFY2(o.isRecord(), qPrintable(o.reason));
        QCOMPARE(o.record.toVariantMap().value("user_key").toString(), QStringLiteral("new-1")); // assigned by the engine
        QCOMPARE(o.record.toVariantMap().value("email").toString(), QStringLiteral("Zhang@Example.com")); // kept as stored

        o = t.transform(QStringLiteral("order"), good(QStringLiteral("order")));
        QVERIFY2(o.isRecord(), qPrintable(o.reason));
        QCOMPARE(o.record.toVariantMap().value("user_key").toString(), QStringLiteral("u-1"));
        QCOMPARE(o.record.toVariantMap().value("item_key").toString(), QStringLiteral("i-10"));
        QCOMPARE(o.record.toVariantMap().value("amount").toString(), QStringLiteral("199.00"));
        QVERIFY(!o.record.contains("order_key")); // the target generates it

        o = t.transform(QStringLiteral("order"), with(with(good(QStringLiteral("order")), "refund_amount", "199"), "status", "refunded"));
        QVERIFY2(o.isRecord(), qPrintable(o.reason)); // a full refund is fine

        o = t.transform(QStringLiteral("progress"), good(QStringLiteral("progress")));
        QVERIFY2(o.isRecord(), qPrintable(o.reason));
        QCOMPARE(o.record.toVariantMap().value("seconds").toLongLong(), 500); // 0.5 of the target's 1000 s

        o = t.transform(QStringLiteral("event"), good(QStringLiteral("event")));
        QVERIFY2(o.isRecord(), qPrintable(o.reason));
        QCOMPARE(o.record.toVariantMap().value("kind").toString(), QStringLiteral("search"));
        QVERIFY(o.record.toVariantMap().value("item_key").isNull());
        QCOMPARE(o.record.toVariantMap().value("user_key").toString(), QStringLiteral("u-1"));

        o = t.transform(QStringLiteral("membership"), good(QStringLiteral("membership")));
        QVERIFY2(o.isRecord(), qPrintable(o.reason)); // expiry in the future is normal
        QCOMPARE(o.record.toVariantMap().value("plan").toString(), QStringLiteral("SVIP"));
        QCOMPARE(o.record.toVariantMap().value("tier").toString(), QStringLiteral("premium"));
        QCOMPARE(o.record.toVariantMap().value("user_key").toString(), QStringLiteral("u-2"));

        o = t.transform(QStringLiteral("consent"), good(QStringLiteral("consent")));
        QVERIFY2(o.isRecord(), qPrintable(o.reason));
        QCOMPARE(o.record.toVariantMap().value("purpose").toString(), QStringLiteral("migration"));

        o = t.transform(QStringLiteral("item"), good(QStringLiteral("item")));
        QVERIFY2(o.isRecord(), qPrintable(o.reason));
        QCOMPARE(o.record.toVariantMap().value("category_key").toString(), QStringLiteral("101"));
        QCOMPARE(o.record.toVariantMap().value("category_path").toString(), QStringLiteral("商业财经/管理"));
    }

    void unmappedPolicies()
    {
        const QVariantMap film = with(good(QStringLiteral("item")), "category_path", QStringLiteral("娱乐/电影"));
        MigrationPlan plan = examplePlan();
        plan.maps.category.unmapped = UnmappedPolicy::Default;
        plan.maps.category.defaultTarget = {{"category_key", "500"}, {"category_path", QStringLiteral("生活健康")}};
        TransformOutcome o = RecordTransformer(plan, context()).transform(QStringLiteral("item"), film);
        QVERIFY2(o.isRecord(), qPrintable(o.reason));
        QCOMPARE(o.record.toVariantMap().value("category_key").toString(), QStringLiteral("500"));

        plan.maps.category.unmapped = UnmappedPolicy::Drop;
        o = RecordTransformer(plan, context()).transform(QStringLiteral("item"), film);
        QCOMPARE(o.kind, TransformOutcome::Kind::Drop);
        QCOMPARE(o.reasonCode, QStringLiteral("unmapped_category"));

        plan.maps.eventKind.entries.insert(QStringLiteral("search"), QVariantMap()); // leave searches out
        plan.maps.eventKind.entries.insert(QStringLiteral("like"), QVariantMap{{"kind", "favourite"}});
        const RecordTransformer t(plan, context());
        o = t.transform(QStringLiteral("event"), good(QStringLiteral("event")));
        QCOMPARE(o.kind, TransformOutcome::Kind::Drop);
        QCOMPARE(o.reasonCode, QStringLiteral("event_kind_dropped"));
        o = t.transform(QStringLiteral("event"), with(good(QStringLiteral("event")), "kind", "like"));
        QVERIFY(o.isRecord());
        QCOMPARE(o.record.toVariantMap().value("kind").toString(), QStringLiteral("favourite"));

        plan.items.unmatched = UnmatchedItemPolicy::Drop;
        o = RecordTransformer(plan, context()).transform(QStringLiteral("order"), with(good(QStringLiteral("order")), "item_key", "404"));
        QCOMPARE(o.kind, TransformOutcome::Kind::Drop);
        QCOMPARE(o.reasonCode, QStringLiteral("orphan_item"));

        plan.maps.membershipPlan.unmapped = UnmappedPolicy::Default;
        plan.maps.membershipPlan.defaultTarget = {{"plan", "VIP_M"}, {"tier", "monthly"}};
        o = RecordTransformer(plan, context()).transform(QStringLiteral("membership"), with(good(QStringLiteral("membership")), "plan", "gold"));
        QVERIFY(o.isRecord());
        QCOMPARE(o.record.toVariantMap().value("plan").toString(), QStringLiteral("VIP_M"));
        QCOMPARE(o.record.toVariantMap().value("tier").toString(), QStringLiteral("monthly"));
    }

    void userMatching_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<int>("policy");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("targetKey");
        QTest::addColumn<QStringList>("evidence");
        using K = UserMatcher::Decision::Kind;
        const int merge = int(ConflictPolicy::LinkAndMerge), skip = int(ConflictPolicy::Skip), fail = int(ConflictPolicy::Fail);
        QTest::newRow("new person") << "wang@example.com" << "13500000000" << merge << int(K::Created) << "" << QStringList();
        QTest::newRow("same e-mail, other case") << " ZHANG@example.com" << "" << merge << int(K::Merged) << "t1"
                                                  << QStringList{"email:zhang@example.com"};
        QTest::newRow("same e-mail, skip") << "zhang@example.com" << "" << skip << int(K::Skipped) << "t1"
                                           << QStringList{"email:zhang@example.com"};
        QTest::newRow("same e-mail, fail") << "zhang@example.com" << "" << fail << int(K::Failed) << "t1"
                                           << QStringList{"email:zhang@example.com"};
        QTest::newRow("full-width phone") << "" << QStringLiteral("＋８６ １３９ ００００ ００００") << merge << int(K::Merged) << "t2"
                                          << QStringList{"phone:+8613900000000"};
        QTest::newRow("both agree") << "li@example.com" << "137-0000-0000" << merge << int(K::Merged) << "t3"
                                    << QStringList{"email:li@example.com", "phone:+8613700000000"};
        QTest::newRow("e-mail and phone disagree") << "zhang@example.com" << "13900000000" << merge << int(K::Conflict) << ""
                                                   << QStringList{"email:zhang@example.com", "phone:+8613900000000"};
        QTest::newRow("disagree under skip") << "zhang@example.com" << "13900000000" << skip << int(K::Conflict) << ""
                                             << QStringList{"email:zhang@example.com", "phone:+8613900000000"};
        QTest::newRow("invalid e-mail ignored") << "not-an-email" << "" << merge << int(K::Created) << "" << QStringList();
    }
    void userMatching()
    {
        QFETCH(QString, email);
        QFETCH(QString, phone);
        QFETCH(int, policy);
        QFETCH(int, kind);
        QFETCH(QString, targetKey);
        QFETCH(QStringList, evidence);
        UserMatcher m;
        m.addTargetUser({{"user_key", "t1"}, {"email", "zhang@example.com"}, {"phone", QVariant()}});
        m.addTargetUser({{"user_key", "t2"}, {"email", QVariant()}, {"phone", "+86 139 0000 0000"}});
        m.addTargetUser({{"user_key", "t3"}, {"email", "Li@Example.com"}, {"phone", "13700000000"}});
        QCOMPARE(m.targetUserCount(), 3);
        const UserMatcher::Decision d = m.match({{"user_key", "1"}, {"email", email}, {"phone", phone}}, ConflictPolicy(policy));
        QCOMPARE(int(d.kind), kind);
        QCOMPARE(d.targetKey, targetKey);
        QCOMPARE(d.evidence, evidence);
        if (d.kind == UserMatcher::Decision::Kind::Conflict) {
            QCOMPARE(d.reasonCode, QStringLiteral("identity_conflict"));
            QCOMPARE(d.candidates, (QStringList{"t1", "t2"}));
        }
        if (d.kind == UserMatcher::Decision::Kind::Failed)
            QCOMPARE(d.reasonCode, QStringLiteral("user_exists"));
        QCOMPARE(d.reason.isEmpty(), d.reasonCode.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecordTransformer)
#include "tst_recordtransformer.moc"
