#include "platform/adapterparser.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace {

QString join(const QString &place, const QString &key)
{
    return place.isEmpty() ? key : place + QLatin1Char('.') + key;
}

QString index(const QString &place, int i)
{
    return place + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

QString jsonScalarText(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return v.toString();
}

} // namespace

void AdapterParser::problem(const QString &place, const QString &message)
{
    m_problems.append({place, message});
}

void AdapterParser::unknownKeys(const QJsonObject &object, const QString &place, const QStringList &known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            problem(join(place, it.key()),
                    QCoreApplication::translate("AdapterLoader", "Unknown key \"%1\"; expected one of: %2.")
                        .arg(it.key(), known.join(QStringLiteral(", "))));
    }
}

QString AdapterParser::requiredString(const QJsonObject &object, const QString &key, const QString &place)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined()) {
        problem(place, QCoreApplication::translate("AdapterLoader", "\"%1\" is missing.").arg(key));
        return {};
    }
    if (!v.isString() || v.toString().isEmpty()) {
        problem(join(place, key), QCoreApplication::translate("AdapterLoader", "\"%1\" must be a non-empty text.").arg(key));
        return {};
    }
    return v.toString();
}

QString AdapterParser::optionalString(const QJsonObject &object, const QString &key, const QString &place)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined())
        return {};
    if (!v.isString()) {
        problem(join(place, key), QCoreApplication::translate("AdapterLoader", "\"%1\" must be a text.").arg(key));
        return {};
    }
    return v.toString();
}

void AdapterParser::checkAlias(const QString &alias, const QString &place)
{
    // Aliases are ours, not the platform's: keep them plain so column references stay readable.
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!plain.match(alias).hasMatch())
        problem(place, QCoreApplication::translate("AdapterLoader",
                           "Alias \"%1\" must be letters, digits and underscores, not starting with a digit.").arg(alias));
}

Adapter AdapterParser::parse(const QJsonObject &root)
{
    Adapter adapter;
    unknownKeys(root, QString(), {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("platform"),
                                  QStringLiteral("schema"), QStringLiteral("description"), QStringLiteral("entities")});
    const QString format = requiredString(root, QStringLiteral("format"), QString());
    if (!format.isEmpty() && format != Adapter::formatName())
        problem(QStringLiteral("format"), QCoreApplication::translate("AdapterLoader",
                    "This is not a Zhiqiao adapter file: format is \"%1\", expected \"%2\".").arg(format, Adapter::formatName()));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (version.isUndefined())
        problem(QString(), QCoreApplication::translate("AdapterLoader", "\"version\" is missing."));
    else if (version.toInt(-1) != Adapter::kFormatVersion)
        problem(QStringLiteral("version"), QCoreApplication::translate("AdapterLoader",
                    "Format version %1 is not supported; this Zhiqiao reads version %2.")
                    .arg(jsonScalarText(version)).arg(Adapter::kFormatVersion));
    adapter.platform = requiredString(root, QStringLiteral("platform"), QString());
    adapter.schema = requiredString(root, QStringLiteral("schema"), QString());
    adapter.description = optionalString(root, QStringLiteral("description"), QString());

    const QJsonValue entities = root.value(QStringLiteral("entities"));
    if (!entities.isObject()) {
        problem(entities.isUndefined() ? QString() : QStringLiteral("entities"),
                QCoreApplication::translate("AdapterLoader", "\"entities\" must be an object with one entry per canonical entity."));
        return adapter;
    }
    const QJsonObject entityObject = entities.toObject();
    for (auto it = entityObject.begin(); it != entityObject.end(); ++it) {
        const QString place = join(QStringLiteral("entities"), it.key());
        if (!CanonicalSchema::entity(it.key())) {
            problem(place, QCoreApplication::translate("AdapterLoader", "Unknown entity \"%1\"; canonical entities are: %2.")
                               .arg(it.key(), CanonicalSchema::entityNames().join(QStringLiteral(", "))));
            continue;
        }
        adapter.entities.insert(it.key(), parseEntity(it.key(), it.value(), place));
    }
    return adapter;
}

AdapterEntity AdapterParser::parseEntity(const QString &name, const QJsonValue &value, const QString &place)
{
    AdapterEntity entity;
    entity.name = name;
    entity.place = place;
    if (!value.isObject()) {
        problem(place, QCoreApplication::translate("AdapterLoader", "An entity must be an object."));
        return entity;
    }
    const QJsonObject o = value.toObject();
    unknownKeys(o, place, {QStringLiteral("table"), QStringLiteral("alias"), QStringLiteral("key"), QStringLiteral("joins"),
                           QStringLiteral("fields"), QStringLiteral("write"), QStringLiteral("description")});
    entity.table = requiredString(o, QStringLiteral("table"), place);
    entity.alias = optionalString(o, QStringLiteral("alias"), place);
    if (entity.alias.isEmpty())
        entity.alias = QStringLiteral("t");
    else
        checkAlias(entity.alias, join(place, QStringLiteral("alias")));

    parseJoins(entity, o.value(QStringLiteral("joins")), join(place, QStringLiteral("joins")));

    const QString keyPlace = join(place, QStringLiteral("key"));
    const QJsonValue key = o.value(QStringLiteral("key"));
    if (key.isUndefined()) {
        problem(place, QCoreApplication::translate("AdapterLoader", "\"key\" is missing: list the column(s) that identify a record."));
    } else if (key.isString()) {
        entity.key.append(parseColumnRef(entity, key, keyPlace));
    } else if (key.isArray() && !key.toArray().isEmpty()) {
        const QJsonArray keys = key.toArray();
        for (int i = 0; i < keys.size(); ++i)
            entity.key.append(parseColumnRef(entity, keys.at(i), index(keyPlace, i)));
    } else {
        problem(keyPlace, QCoreApplication::translate("AdapterLoader", "\"key\" must be a column or a non-empty list of columns."));
    }

    parseFields(entity, o.value(QStringLiteral("fields")), join(place, QStringLiteral("fields")));
    const CanonicalEntity *canonical = CanonicalSchema::entity(name);
    if (o.contains(QStringLiteral("write")))
        parseWrite(entity, *canonical, o.value(QStringLiteral("write")), join(place, QStringLiteral("write")));
    return entity;
}

void AdapterParser::parseJoins(AdapterEntity &entity, const QJsonValue &value, const QString &place)
{
    if (value.isUndefined())
        return;
    if (!value.isArray()) {
        problem(place, QCoreApplication::translate("AdapterLoader", "\"joins\" must be a list."));
        return;
    }
    const QJsonArray joins = value.toArray();
    QSet<QString> aliases{entity.alias};
    // Aliases first, so that an "on" pair may name a table joined later in the list.
    for (int i = 0; i < joins.size(); ++i) {
        const QString jp = index(place, i);
        if (!joins.at(i).isObject()) {
            problem(jp, QCoreApplication::translate("AdapterLoader", "A join must be an object."));
            continue;
        }
        const QJsonObject o = joins.at(i).toObject();
        unknownKeys(o, jp, {QStringLiteral("table"), QStringLiteral("alias"), QStringLiteral("type"), QStringLiteral("on")});
        AdapterJoin join_;
        join_.place = jp;
        join_.table = requiredString(o, QStringLiteral("table"), jp);
        join_.alias = requiredString(o, QStringLiteral("alias"), jp);
        if (!join_.alias.isEmpty()) {
            checkAlias(join_.alias, join(jp, QStringLiteral("alias")));
            if (aliases.contains(join_.alias))
                problem(join(jp, QStringLiteral("alias")),
                        QCoreApplication::translate("AdapterLoader", "Alias \"%1\" is used twice in this entity.").arg(join_.alias));
            aliases.insert(join_.alias);
        }
        const QString type = optionalString(o, QStringLiteral("type"), jp);
        if (type.isEmpty() || type == QLatin1String("left"))
            join_.left = true;
        else if (type == QLatin1String("inner"))
            join_.left = false;
        else
            problem(join(jp, QStringLiteral("type")),
                    QCoreApplication::translate("AdapterLoader", "Join type \"%1\" is unknown; use \"left\" or \"inner\".").arg(type));
        entity.joins.append(join_);
    }
    for (int i = 0, j = 0; i < joins.size(); ++i) {
        if (!joins.at(i).isObject())
            continue;
        AdapterJoin &join_ = entity.joins[j++];
        const QString onPlace = join(join_.place, QStringLiteral("on"));
        const QJsonValue on = joins.at(i).toObject().value(QStringLiteral("on"));
        if (!on.isArray() || on.toArray().isEmpty()) {
            problem(on.isUndefined() ? join_.place : onPlace, QCoreApplication::translate("AdapterLoader",
                        "\"on\" must be a non-empty list of column pairs, e.g. [[\"a.category_id\", \"c.category_id\"]]."));
            continue;
        }
        const QJsonArray pairs = on.toArray();
        for (int k = 0; k < pairs.size(); ++k) {
            const QString pp = index(onPlace, k);
            const QJsonArray pair = pairs.at(k).toArray();
            if (!pairs.at(k).isArray() || pair.size() != 2) {
                problem(pp, QCoreApplication::translate("AdapterLoader", "A join condition must be a pair of columns."));
                continue;
            }
            join_.on.append({parseColumnRef(entity, pair.at(0), index(pp, 0)),
                             parseColumnRef(entity, pair.at(1), index(pp, 1))});
        }
    }
}

AdapterColumnRef AdapterParser::parseColumnRef(const AdapterEntity &entity, const QJsonValue &value, const QString &place)
{
    AdapterColumnRef ref;
    ref.place = place;
    if (!value.isString() || value.toString().isEmpty()) {
        problem(place, QCoreApplication::translate("AdapterLoader", "A column reference must be a text \"alias.column\"."));
        return ref;
    }
    // Split at the first dot: aliases are plain, so a platform column may itself contain dots.
    const QString text = value.toString();
    const int dot = text.indexOf(QLatin1Char('.'));
    ref.alias = dot < 0 ? entity.alias : text.left(dot);
    ref.column = dot < 0 ? text : text.mid(dot + 1);
    if (ref.column.isEmpty())
        problem(place, QCoreApplication::translate("AdapterLoader", "Column reference \"%1\" names no column.").arg(text));
    else if (entity.tableOfAlias(ref.alias).isEmpty())
        problem(place, QCoreApplication::translate("AdapterLoader",
                           "Column reference \"%1\" uses alias \"%2\", which is neither the entity's table nor one of its joins.")
                           .arg(text, ref.alias));
    return ref;
}

bool AdapterParser::parseConversion(const QJsonValue &value, const QString &place, AdapterConversion *out)
{
    *out = AdapterConversion::None;
    if (value.isUndefined())
        return true;
    if (!AdapterConversions::fromName(value.toString(), out)) {
        problem(place, QCoreApplication::translate("AdapterLoader", "Unknown conversion \"%1\"; known conversions are: %2.")
                           .arg(jsonScalarText(value), AdapterConversions::names().join(QStringLiteral(", "))));
        return false;
    }
    return true;
}

QList<AdapterMapEntry> AdapterParser::parseMap(const QJsonValue &value, const QString &place,
                                               const CanonicalField &field, bool canonicalIsTarget)
{
    QList<AdapterMapEntry> entries;
    if (!value.isObject() || value.toObject().isEmpty()) {
        problem(place, QCoreApplication::translate("AdapterLoader",
                           "value_map needs \"map\": an object of value pairs, e.g. {\"collect\": \"favourite\"}."));
        return entries;
    }
    const QJsonObject map = value.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QJsonValue v = it.value();
        if (!(v.isString() || v.isBool() || v.isDouble())) {
            problem(join(place, it.key()), QCoreApplication::translate("AdapterLoader", "A mapped value must be a text, number or true/false."));
            continue;
        }
        const AdapterMapEntry entry{it.key(), jsonScalarText(v)};
        const QString canonicalValue = canonicalIsTarget ? entry.to : entry.from;
        if (field.type == CanonicalType::Enum && !field.allowedValues.contains(canonicalValue))
            problem(join(place, it.key()), QCoreApplication::translate("AdapterLoader",
                        "\"%1\" is not a value of canonical field \"%2\"; allowed: %3.")
                        .arg(canonicalValue, field.name, field.allowedValues.join(QStringLiteral(", "))));
        if (field.type == CanonicalType::Boolean && canonicalValue != QLatin1String("true")
            && canonicalValue != QLatin1String("false"))
            problem(join(place, it.key()), QCoreApplication::translate("AdapterLoader",
                        "Canonical field \"%1\" is true or false, not \"%2\".").arg(field.name, canonicalValue));
        entries.append(entry);
    }
    return entries;
}

void AdapterParser::parseFields(AdapterEntity &entity, const QJsonValue &value, const QString &place)
{
    const CanonicalEntity *canonical = CanonicalSchema::entity(entity.name);
    if (!value.isObject()) {
        problem(value.isUndefined() ? entity.place : place,
                QCoreApplication::translate("AdapterLoader", "\"fields\" must be an object mapping canonical fields to columns."));
        return;
    }
    const QJsonObject fields = value.toObject();
    QStringList fieldNames;
    for (const CanonicalField &f : canonical->fields)
        fieldNames.append(f.name);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const CanonicalField *field = canonical->field(it.key());
        if (!field) {
            problem(join(place, it.key()), QCoreApplication::translate("AdapterLoader",
                        "Unknown field \"%1\" for entity %2; its canonical fields are: %3.")
                        .arg(it.key(), entity.name, fieldNames.join(QStringLiteral(", "))));
            continue;
        }
        entity.fields.insert(it.key(), parseField(entity, *field, it.value(), join(place, it.key())));
    }
    for (const CanonicalField &f : canonical->fields) {
        const bool needed = f.required || canonical->keyFields.contains(f.name);
        if (needed && !fields.contains(f.name))
            problem(place, QCoreApplication::translate("AdapterLoader", "Required field \"%1\" of entity %2 is not mapped.")
                               .arg(f.name, entity.name));
    }
}

AdapterFieldMapping AdapterParser::parseField(const AdapterEntity &entity, const CanonicalField &field,
                                              const QJsonValue &value, const QString &place)
{
    AdapterFieldMapping m;
    m.field = field.name;
    m.place = place;
    if (value.isString()) { // shorthand: "alias.column", no conversion
        m.columns.append(parseColumnRef(entity, value, place));
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        unknownKeys(o, place, {QStringLiteral("column"), QStringLiteral("columns"), QStringLiteral("conversion"),
                               QStringLiteral("duration"), QStringLiteral("map"), QStringLiteral("description")});
        if (!parseConversion(o.value(QStringLiteral("conversion")), join(place, QStringLiteral("conversion")), &m.conversion))
            return m;
        if (o.contains(QStringLiteral("column")))
            m.columns.append(parseColumnRef(entity, o.value(QStringLiteral("column")), join(place, QStringLiteral("column"))));
        if (o.contains(QStringLiteral("columns"))) {
            const QJsonArray cols = o.value(QStringLiteral("columns")).toArray();
            for (int i = 0; i < cols.size(); ++i)
                m.columns.append(parseColumnRef(entity, cols.at(i), index(join(place, QStringLiteral("columns")), i)));
        }
        const bool path = m.conversion == AdapterConversion::TextPath;
        if (o.contains(QStringLiteral("column")) == o.contains(QStringLiteral("columns")) || (path && m.columns.isEmpty()))
            problem(place, path ? QCoreApplication::translate("AdapterLoader", "text_path needs \"columns\": a non-empty list of columns, root first.")
                                : QCoreApplication::translate("AdapterLoader", "Give exactly one of \"column\" or \"columns\"."));
        else if (!path && m.columns.size() > 1)
            problem(join(place, QStringLiteral("columns")),
                    QCoreApplication::translate("AdapterLoader", "Only text_path reads several columns."));

        if (m.conversion == AdapterConversion::SecondsOfDuration) {
            if (o.contains(QStringLiteral("duration")))
                m.duration = parseColumnRef(entity, o.value(QStringLiteral("duration")), join(place, QStringLiteral("duration")));
            else
                problem(place, QCoreApplication::translate("AdapterLoader",
                                   "seconds_of_duration needs \"duration\": the column holding the total seconds."));
        } else if (o.contains(QStringLiteral("duration"))) {
            problem(join(place, QStringLiteral("duration")),
                    QCoreApplication::translate("AdapterLoader", "\"duration\" belongs to seconds_of_duration only."));
        }
        if (m.conversion == AdapterConversion::ValueMap)
            m.map = parseMap(o.value(QStringLiteral("map")), o.contains(QStringLiteral("map")) ? join(place, QStringLiteral("map")) : place,
                             field, true);
        else if (o.contains(QStringLiteral("map")))
            problem(join(place, QStringLiteral("map")), QCoreApplication::translate("AdapterLoader", "\"map\" belongs to value_map only."));
    } else {
        problem(place, QCoreApplication::translate("AdapterLoader",
                           "A field mapping is a column \"alias.column\" or an object with \"column\" and \"conversion\"."));
        return m;
    }
    if (!AdapterConversions::fitsField(m.conversion, field.type))
        problem(place, QCoreApplication::translate("AdapterLoader", "Conversion %1 cannot produce canonical field \"%2\" (a %3).")
                           .arg(AdapterConversions::name(m.conversion), field.name, CanonicalSchema::typeName(field.type)));
    return m;
}

void AdapterParser::parseWrite(AdapterEntity &entity, const CanonicalEntity &canonical, const QJsonValue &value,
                               const QString &place)
{
    if (!value.isObject()) {
        problem(place, QCoreApplication::translate("AdapterLoader", "\"write\" must be an object."));
        return;
    }
    entity.hasWrite = true;
    entity.write = parseWriteTarget(canonical, value, place, false);
    const QJsonValue children = value.toObject().value(QStringLiteral("children"));
    if (children.isUndefined())
        return;
    const QString cp = join(place, QStringLiteral("children"));
    if (!children.isArray()) {
        problem(cp, QCoreApplication::translate("AdapterLoader", "\"children\" must be a list of write targets."));
        return;
    }
    const QJsonArray list = children.toArray();
    for (int i = 0; i < list.size(); ++i) {
        entity.writeChildren.append(parseWriteTarget(canonical, list.at(i), index(cp, i), true));
        if (entity.write.returning.isEmpty())
            problem(index(cp, i), QCoreApplication::translate("AdapterLoader",
                        "A child target needs the main target to list its generated key in \"returning\"."));
    }
}

AdapterWriteTarget AdapterParser::parseWriteTarget(const CanonicalEntity &canonical, const QJsonValue &value,
                                                   const QString &place, bool child)
{
    AdapterWriteTarget target;
    target.place = place;
    if (!value.isObject()) {
        problem(place, QCoreApplication::translate("AdapterLoader", "A write target must be an object."));
        return target;
    }
    const QJsonObject o = value.toObject();
    QStringList known{QStringLiteral("table"), QStringLiteral("columns"), QStringLiteral("description")};
    if (child)
        known << QStringLiteral("parent_column") << QStringLiteral("when");
    else
        known << QStringLiteral("returning") << QStringLiteral("children");
    unknownKeys(o, place, known);
    target.table = requiredString(o, QStringLiteral("table"), place);
    if (child) {
        target.parentColumn = requiredString(o, QStringLiteral("parent_column"), place);
        target.when = optionalString(o, QStringLiteral("when"), place);
        if (!target.when.isEmpty() && !canonical.field(target.when))
            problem(join(place, QStringLiteral("when")), QCoreApplication::translate("AdapterLoader",
                        "Unknown field \"%1\" for entity %2.").arg(target.when, canonical.name));
    } else {
        const QJsonValue returning = o.value(QStringLiteral("returning"));
        if (returning.isString())
            target.returning.append(returning.toString());
        else if (returning.isArray())
            for (const QJsonValue &r : returning.toArray())
                target.returning.append(r.toString());
        else if (!returning.isUndefined())
            problem(join(place, QStringLiteral("returning")),
                    QCoreApplication::translate("AdapterLoader", "\"returning\" must be a column or a list of columns."));
        if (target.returning.contains(QString()))
            problem(join(place, QStringLiteral("returning")), QCoreApplication::translate("AdapterLoader", "A returned column has no name."));
    }

    const QString colsPlace = join(place, QStringLiteral("columns"));
    const QJsonValue cols = o.value(QStringLiteral("columns"));
    if (!cols.isObject() || cols.toObject().isEmpty()) {
        problem(cols.isUndefined() ? place : colsPlace, QCoreApplication::translate("AdapterLoader",
                    "\"columns\" must map each written column to a canonical field."));
        return target;
    }
    const QJsonObject columns = cols.toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const QString cp = join(colsPlace, it.key());
        AdapterWriteColumn wc;
        wc.column = it.key();
        wc.place = cp;
        if (it.value().isString()) {
            wc.field = it.value().toString();
        } else if (it.value().isObject()) {
            const QJsonObject c = it.value().toObject();
            unknownKeys(c, cp, {QStringLiteral("field"), QStringLiteral("conversion"), QStringLiteral("map")});
            wc.field = requiredString(c, QStringLiteral("field"), cp);
            if (!parseConversion(c.value(QStringLiteral("conversion")), join(cp, QStringLiteral("conversion")), &wc.conversion))
                continue;
            const CanonicalField *f = canonical.field(wc.field);
            if (wc.conversion == AdapterConversion::ValueMap && f)
                wc.map = parseMap(c.value(QStringLiteral("map")), c.contains(QStringLiteral("map")) ? join(cp, QStringLiteral("map")) : cp,
                                  *f, false);
            else if (c.contains(QStringLiteral("map")))
                problem(join(cp, QStringLiteral("map")), QCoreApplication::translate("AdapterLoader", "\"map\" belongs to value_map only."));
        } else {
            problem(cp, QCoreApplication::translate("AdapterLoader",
                            "A written column takes a canonical field name or an object with \"field\" and \"conversion\"."));
            continue;
        }
        const CanonicalField *f = canonical.field(wc.field);
        if (!wc.field.isEmpty() && !f) {
            problem(cp, QCoreApplication::translate("AdapterLoader", "Unknown field \"%1\" for entity %2.").arg(wc.field, canonical.name));
            continue;
        }
        if (!AdapterConversions::isWritable(wc.conversion))
            problem(cp, QCoreApplication::translate("AdapterLoader", "Conversion %1 cannot be written back; write the underlying field instead.")
                            .arg(AdapterConversions::name(wc.conversion)));
        else if (f && !AdapterConversions::fitsField(wc.conversion, f->type))
            problem(cp, QCoreApplication::translate("AdapterLoader", "Conversion %1 does not fit canonical field \"%2\" (a %3).")
                            .arg(AdapterConversions::name(wc.conversion), f->name, CanonicalSchema::typeName(f->type)));
        target.columns.append(wc);
    }
    return target;
}
