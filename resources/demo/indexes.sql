-- Indexes created after the bulk load (faster than maintaining them during COPY).
-- Users search (models/users/usersearch.cpp writes these same expressions): e-mail trimmed and
-- lower-cased, the last 8 digits of a phone in any written form, the start of a name.
CREATE INDEX IF NOT EXISTS users_email_idx        ON dedao.users (lower(btrim(email)));
CREATE INDEX IF NOT EXISTS users_phone_tail_idx   ON dedao.users
    (right(regexp_replace(translate(mobile, '０１２３４５６７８９', '0123456789'), '[^0-9]', '', 'g'), 8));
CREATE INDEX IF NOT EXISTS users_name_idx         ON dedao.users (lower(nickname) text_pattern_ops);
CREATE INDEX IF NOT EXISTS orders_user_idx        ON dedao.orders (user_id);
CREATE INDEX IF NOT EXISTS user_actions_user_idx  ON dedao.user_actions (user_id, ts);
CREATE INDEX IF NOT EXISTS vip_members_user_idx   ON dedao.vip_members (user_id);

CREATE INDEX IF NOT EXISTS account_email_idx      ON ximalaya.account (lower(btrim(email_addr)));
CREATE INDEX IF NOT EXISTS account_phone_tail_idx ON ximalaya.account
    (right(regexp_replace(translate(phone_number, '０１２３４５６７８９', '0123456789'), '[^0-9]', '', 'g'), 8));
CREATE INDEX IF NOT EXISTS account_name_idx       ON ximalaya.account (lower(display_name) text_pattern_ops);
CREATE INDEX IF NOT EXISTS purchase_account_idx   ON ximalaya.purchase (account_id);
CREATE INDEX IF NOT EXISTS behavior_account_idx   ON ximalaya.behavior_log (account_id, occurred_at);
CREATE INDEX IF NOT EXISTS vip_sub_account_idx    ON ximalaya.vip_subscription (account_id);

-- dashboards (models/dashboard/dashboardqueries.cpp): the canonical time of events and
-- registrations exactly as AdapterSql::typedExpression writes it, so the latest event (max) is one
-- index probe and a day window is a range scan. Events carry the user column (INCLUDE) so that
-- distinct users per day are counted by an index-only scan, never a heap visit per event.
CREATE INDEX IF NOT EXISTS user_actions_time_idx  ON dedao.user_actions (to_timestamp(ts::float8)) INCLUDE (ts, user_id);
CREATE INDEX IF NOT EXISTS users_registered_idx   ON dedao.users (to_timestamp(reg_time::float8));
CREATE INDEX IF NOT EXISTS behavior_time_idx      ON ximalaya.behavior_log (occurred_at) INCLUDE (account_id);
CREATE INDEX IF NOT EXISTS account_created_idx    ON ximalaya.account (created_at);

ANALYZE dedao.users, dedao.courses, dedao.orders, dedao.refunds, dedao.study_progress,
        dedao.user_actions, dedao.vip_members, dedao.user_consents;
ANALYZE ximalaya.account, ximalaya.category, ximalaya.album, ximalaya.purchase,
        ximalaya.listen_progress, ximalaya.behavior_log, ximalaya.vip_subscription,
        ximalaya.privacy_consent;
