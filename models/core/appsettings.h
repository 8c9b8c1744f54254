#pragma once

#include <QSettings>

#include <memory>

// The one way to open Zhiqiao's settings. Normally the platform's native store (registry on
// Windows, plist on macOS, ~/.config on Linux); the environment variable ZHIQIAO_SETTINGS names an
// INI file instead (tests, the demo script, portable installs). Keys live next to their owners.
namespace AppSettings {
std::unique_ptr<QSettings> open();
QString location(); // where settings are stored, for people and logs
} // namespace AppSettings
