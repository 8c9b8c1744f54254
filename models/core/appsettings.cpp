#include "core/appsettings.h"

#include <QtGlobal>

namespace AppSettings {

std::unique_ptr<QSettings> open()
{
    const QString file = qEnvironmentVariable("ZHIQIAO_SETTINGS");
    if (!file.isEmpty())
        return std::make_unique<QSettings>(file, QSettings::IniFormat);
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                       QStringLiteral("Zhiqiao"), QStringLiteral("Zhiqiao"));
}

QString location()
{
    return open()->fileName();
}

} // namespace AppSettings
