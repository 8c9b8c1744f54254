#include "migration/sourcereplay.h"

#include "migration/targetledger.h"
#include "platform/entitykeyreader.h"
#include "platform/entityreader.h"

SourceReplay::SourceReplay(const MigrationPlan &plan, const Adapter &source, const Adapter &target,
                           PgSession &sourceSession, pqxx::connection &targetConn, PgSession &ledger,
                           const QUuid &runId)
    : m_plan(plan), m_source(source), m_target(target), m_sourceSession(sourceSession), m_targetConn(targetConn),
      m_ledger(ledger), m_runId(runId)
{
    TransformContext context;
    const auto text = [](std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); };
    const auto utf8 = [](const std::optional<QString> &s) {
        return s ? std::optional<std::string>(s->toStdString()) : std::nullopt;
    };
    context.translateKey = [this, text, utf8](const QString &entity, std::string_view key) -> std::optional<std::string> {
        if (entity == QLatin1String("user"))
            return utf8(m_users.value(text(key)));
        if (entity == QLatin1String("item"))
            return utf8(m_itemKeys.value(text(key)));
        return std::nullopt;
    };
    // Own keys are left out of every comparison (they differ between platforms), so none is
    // assigned here.
    context.assignKey = [](const QString &, const CanonicalRecord &) -> std::optional<std::string> { return std::nullopt; };
    context.targetItemDuration = [this, text](std::string_view key) -> std::optional<qlonglong> {
        const auto it = m_targetDurations.constFind(text(key));
        if (it == m_targetDurations.cend())
            return std::nullopt;
        return *it;
    };
    m_transformer = std::make_unique<RecordTransformer>(m_plan, context);
}

DbError SourceReplay::loadTargetItems()
{
    if (m_items)
        return {};
    auto matcher = std::make_unique<ItemMatcher>(m_plan.items);
    QStringList after;
    for (;;) {
        auto page = EntityReader::read(m_targetConn, m_target, QStringLiteral("item"), 5000, after);
        if (!page)
            return page.error();
        for (const QVariantMap &item : page->records) {
            matcher->addTargetItem(item);
            const QVariant d = item.value(QStringLiteral("duration_seconds"));
            if (!d.isNull())
                m_targetDurations.insert(item.value(QStringLiteral("item_key")).toString(), d.toLongLong());
        }
        if (page->records.isEmpty())
            break;
        after = page->lastKey;
    }
    m_items = std::move(matcher);
    return {};
}

DbError SourceReplay::prepareReferences(const QList<QVariantMap> &records)
{
    QStringList users, items;
    for (const QVariantMap &r : records) {
        const QString u = r.value(QStringLiteral("user_key")).toString();
        const QString i = r.value(QStringLiteral("item_key")).toString();
        if (!u.isEmpty() && !m_users.contains(u) && !users.contains(u))
            users.append(u);
        if (!i.isEmpty() && !m_itemKeys.contains(i) && !items.contains(i))
            items.append(i);
    }
    if (!users.isEmpty()) {
        auto map = TargetLedger::translateKeys(m_ledger, m_runId, QStringLiteral("user"), users);
        if (!map)
            return map.error();
        for (const QString &u : users)
            m_users.insert(u, map->contains(u) ? std::optional<QString>(map->value(u)) : std::nullopt);
    }
    if (!items.isEmpty()) {
        if (DbError e = loadTargetItems(); e.isError())
            return e;
        QList<QStringList> keys;
        for (const QString &i : items)
            keys.append(QStringList{i});
        auto sourceItems = EntityKeyReader::readByKeys(m_sourceSession, m_source, QStringLiteral("item"), keys);
        if (!sourceItems)
            return sourceItems.error();
        for (const QString &i : items)
            m_itemKeys.insert(i, std::nullopt);
        for (const auto &si : *sourceItems)
            m_itemKeys.insert(si.key.value(0), m_items->match(si.record.toVariantMap()));
    }
    return {};
}

Result<QHash<QString, SourceReplay::Replayed>> SourceReplay::replay(const QString &entity, const QStringList &sourceKeys)
{
    QHash<QString, Replayed> out;
    const AdapterEntity *e = m_source.entity(entity);
    if (!e || sourceKeys.isEmpty())
        return out;
    QList<QStringList> keys;
    for (const QString &k : sourceKeys) {
        const QStringList parts = k.split(kKeySeparator);
        if (parts.size() == e->key.size())
            keys.append(parts);
    }
    auto records = EntityKeyReader::readByKeys(m_sourceSession, m_source, entity, keys);
    if (!records)
        return records.error();
    QList<QVariantMap> plain;
    for (const auto &r : *records)
        plain.append(r.record.toVariantMap());
    if (DbError err = prepareReferences(plain); err.isError())
        return err;
    for (const QString &k : sourceKeys)
        out.insert(k, Replayed{});
    for (const auto &r : *records)
        out.insert(r.key.join(kKeySeparator), Replayed{true, m_transformer->transform(r.record)});
    return out;
}
