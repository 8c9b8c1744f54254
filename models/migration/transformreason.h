#pragma once

#include "migration/recordtransformer.h"

#include <QString>

// Builds quarantine/drop outcomes with their plain-words reason; the codes are stable (stored in
// the quarantine table and reports), the texts are translated.
namespace TransformReason {

TransformOutcome quarantine(const QString &code, const QString &field, const QString &detail = QString());
TransformOutcome drop(const QString &code, const QString &field, const QString &detail = QString());
QString text(const QString &code, const QString &field, const QString &detail);
QStringList codes();

} // namespace TransformReason
