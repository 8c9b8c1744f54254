#pragma once

// Hand-known rows in both demo schemas for the dashboard tests (tst_platformdashboard,
// tst_dashboardpage). Read in Asia/Shanghai (UTC+8), where some rows change day or month:
//
// dedao (epoch seconds, fen, refunds table): users 1, 2, 3; latest event 2024-04-30 16:30 UTC =
//   2024-05-01 local, so the "last month" tiles show April 2024.
//   new users: 2024-03-10 (1), 2024-04-01 (user 3, registered 2024-03-31 17:00 UTC), 2024-04-02
//   active: 2024-03-15 {1}, 2024-04-29 {1, 2} (user 1 twice), 2024-05-01 {3}
//   orders: Apr 199.00 + 99.00 (refunded 99.00) + 50.00 (refunded 20.00) = 229.00; Mar 10.00
//   items: 管理学 (商业/管理) 199.00, 2 orders, 2 buyers; 历史课 (人文/历史) 30.00; 无类 (none) 10.00
// ximalaya (uuid, timestamptz, yuan): accounts X1..X5, X5 a second account of X2's person
//   (e-mail written differently); latest event 2024-04-30 15:59:59 UTC = 23:59:59 local, the
//   end of April, so April is the "last month" too.
//   new users: Feb 1 (X4), Mar 1 (X1), Apr 2 (X2, X5); X3 registered in May local: outside
//   active: 2024-03-31 {X5}, 2024-04-01 {X1}, 2024-04-30 {X1, X2}
//   purchases: Apr 99.90 + 99.90 (refunded 99.90) + 19.90 (refunded 5.00) + 19.90 = 134.70
//   items: 中国通史 (人文/历史) 99.90, 2 orders, 2 buyers; 芯片 (科技) 34.80, 2 orders, 2 buyers
// overlap: dedao 1 = X1 (e-mail in other case, phone in other form), dedao 2 = X3 (e-mail case):
//   2 people on both; dedao has 3 people, ximalaya 4 (X2 and X5 are one).
namespace DashboardFixture {
extern const char *const kSql;
}
