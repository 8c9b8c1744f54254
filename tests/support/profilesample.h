#pragma once

#include "users/profiledata.h"

#include <QPair>

// A made-up heavy user for looking at the profile charts: two years of daily behaviour (about
// 50,000 events) with a weekly and daily rhythm, a drifting category mix, purchases and
// refunds. The same seed always gives the same person.
namespace ProfileSample {
Profile::AccountProfile heavyUser(quint32 seed, const QString &platform, const QDate &from = QDate(2023, 1, 2),
                                  int days = 730, int eventsTarget = 50000);
// The same person's category history on a second platform with another taste (audio: humanities
// and life rather than business).
QList<Profile::DayCategoryCount> otherPlatformSteps(quint32 seed, const QDate &from, int days);
}
