-- Indexes created after the bulk load (faster than maintaining them during COPY).
CREATE INDEX IF NOT EXISTS users_email_idx        ON dedao.users (lower(email));
CREATE INDEX IF NOT EXISTS users_mobile_idx       ON dedao.users (mobile);
CREATE INDEX IF NOT EXISTS orders_user_idx        ON dedao.orders (user_id);
CREATE INDEX IF NOT EXISTS user_actions_user_idx  ON dedao.user_actions (user_id, ts);
CREATE INDEX IF NOT EXISTS vip_members_user_idx   ON dedao.vip_members (user_id);

CREATE INDEX IF NOT EXISTS account_email_idx      ON ximalaya.account (lower(email_addr));
CREATE INDEX IF NOT EXISTS account_phone_idx      ON ximalaya.account (phone_number);
CREATE INDEX IF NOT EXISTS purchase_account_idx   ON ximalaya.purchase (account_id);
CREATE INDEX IF NOT EXISTS behavior_account_idx   ON ximalaya.behavior_log (account_id, occurred_at);
CREATE INDEX IF NOT EXISTS vip_sub_account_idx    ON ximalaya.vip_subscription (account_id);

ANALYZE dedao.users, dedao.courses, dedao.orders, dedao.refunds, dedao.study_progress,
        dedao.user_actions, dedao.vip_members, dedao.user_consents;
ANALYZE ximalaya.account, ximalaya.category, ximalaya.album, ximalaya.purchase,
        ximalaya.listen_progress, ximalaya.behavior_log, ximalaya.vip_subscription,
        ximalaya.privacy_consent;
