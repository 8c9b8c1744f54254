#pragma once

#include <QCoreApplication>
#include <QString>

// Words for canonical values on the profile charts (event kinds, channels, weekdays), through
// tr() in one context so each word is translated once. Weekdays are our own words, not the
// system locale's: the interface language is Zhiqiao's choice, not the machine's.
class ProfileLabels
{
    Q_DECLARE_TR_FUNCTIONS(ProfileLabels)

public:
    // "view" -> "Views"; an unknown kind is shown as stored.
    static QString eventKind(const QString &kind);
    // "pc" -> "PC" (电脑); empty -> "Unknown"; anything else as stored.
    static QString channel(const QString &channel);
    // Monday = 0.
    static QString weekday(int weekday);
    static QString weekdayShort(int weekday);
    // Fen as yuan with the currency sign, in the interface language's digits.
    static QString money(qint64 fen);
    static QString count(qint64 value);
};
