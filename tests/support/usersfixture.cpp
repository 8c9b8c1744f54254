#include "usersfixture.h"

namespace UsersFixture {
// Two platforms in one database. One person (张伟) is dedao 1 and ximalaya …01 (e-mail written
// differently, phone in different forms); ximalaya …02 shares 张伟's phone but has another e-mail:
// a conflict, never merged. 王芳 is only on ximalaya.
const char *const kSql = R"SQL(
INSERT INTO dedao.users (id, nickname, email, mobile, reg_time, reg_channel, status) VALUES
 (1, '张伟', 'zhang.wei@example.com', '+86 138 0013 8000', 1700000000, 'pc', 1),
 (2, '张小龙', NULL, '0086-139-0000-1111', 1700003600, 'ios', 1),
 (3, 'Li Na', ' LI.NA@EXAMPLE.CN ', NULL, 1700007200, 'h5', 0);
INSERT INTO dedao.courses (id, title, course_type, category_path, price_fen, duration_min, author, publish_time) VALUES
 (10, '管理学二十讲', 'course', '商业/管理', 19900, 90, '刘润', 1690000000),
 (11, '经济学', 'column', '商业/经济', 9900, 60, NULL, NULL),
 (12, '宋词', 'audiobook', '人文/文学', 2900, 600, NULL, NULL);
INSERT INTO dedao.orders (id, order_no, user_id, course_id, amount_fen, pay_channel, status, created_at) VALUES
 (100, 'D-0001', 1, 10, 19900, 'pc', 'refunded', 1700100000),
 (101, 'D-0002', 1, 11, 9900, 'ios', 'paid', 1700200000),
 (102, 'D-0003', 2, 12, 2900, 'ios', 'paid', 1700200000);
INSERT INTO dedao.refunds (order_id, amount_fen, refunded_at, reason) VALUES (100, 19900, 1700150000, '不想学了');
INSERT INTO dedao.study_progress VALUES (1, 10, 45, 1700300000), (1, 12, 100, 1700300100);
INSERT INTO dedao.user_consents VALUES (1, 'migration', true, 1700500000, 'app:settings'), (1, 'sharing', false, 1700500001, NULL);
INSERT INTO dedao.vip_members (id, user_id, plan, start_time, expire_time) VALUES (5, 1, 'svip', 1700000000, 1731536000);
-- 张伟's events. 2023-11-20 15:30 UTC is Monday 23:30 in Shanghai; 16:30 UTC is Tuesday 00:30 there.
INSERT INTO dedao.user_actions (id, user_id, course_id, action, platform, ts, query) VALUES
 (1000, 1, 10, 'play',    'ios', extract(epoch from timestamptz '2023-11-20 15:30:00+00'), NULL),
 (1001, 1, 10, 'play',    'ios', extract(epoch from timestamptz '2023-11-20 15:40:00+00'), NULL),
 (1002, 1, 11, 'view',    'pc',  extract(epoch from timestamptz '2023-11-20 16:30:00+00'), NULL),
 (1003, 1, NULL, 'search','pc',  extract(epoch from timestamptz '2023-11-21 02:00:00+00'), '管理'),
 (1004, 1, 12, 'collect', 'h5',  extract(epoch from timestamptz '2023-11-22 02:00:00+00'), NULL),
 (1005, 2, 12, 'play',    'ios', extract(epoch from timestamptz '2023-11-22 02:00:00+00'), NULL);

INSERT INTO ximalaya.account VALUES
 ('00000000-0000-0000-0000-000000000001', '张伟', ' ZHANG.WEI@Example.com', '１３８００１３８０００', '2023-11-14 22:13:20+00', 'iOS', true),
 ('00000000-0000-0000-0000-000000000002', 'Zhang W', 'other.person@example.com', '138-0013-8000', '2023-11-15 00:00:00+00', 'Android', true),
 ('00000000-0000-0000-0000-000000000003', '王芳', 'wang.fang@example.com', '13700002222', '2023-11-16 00:00:00+00', 'PC', true);
INSERT INTO ximalaya.category VALUES (1, NULL, '人文', 'humanities'), (2, 1, '历史', 'history');
INSERT INTO ximalaya.album VALUES
 ('00000000-0000-0000-0000-00000000a001', '中国通史', 'AUDIOBOOK', 2, 99.90, 3600, '袁腾飞', '2023-01-01 00:00:00+08');
INSERT INTO ximalaya.purchase VALUES
 ('00000000-0000-0000-0000-0000000b0001', '00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-00000000a001',
  99.90, 'android', '2023-12-01 12:00:00+00', 'REFUNDED', 50.00, '2023-12-02 08:30:00+00');
INSERT INTO ximalaya.listen_progress VALUES
 ('00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-00000000a001', 900, '2023-12-03 00:00:00+00');
INSERT INTO ximalaya.behavior_log (log_id, account_id, album_id, event_type, client, occurred_at, keyword) VALUES
 (7, '00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-00000000a001', 'listen', 'android', '2023-12-04 00:00:00+00', NULL),
 (8, '00000000-0000-0000-0000-000000000001', NULL, 'query', 'h5', '2023-12-04 00:00:01+00', '历史');
)SQL";
} // namespace UsersFixture
