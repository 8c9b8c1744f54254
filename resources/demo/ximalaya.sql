-- Demo platform "喜马拉雅-style" mobile audio platform.
-- Built by "team B": UUID keys, timestamptz, amounts in yuan (numeric), a category table with
-- parent ids, progress as seconds listened, e-mail kept as typed, phone as 11 national digits
-- (older rows carry +86 and dashes), event and plan names of its own.
DROP SCHEMA IF EXISTS ximalaya CASCADE;
CREATE SCHEMA ximalaya;

CREATE TABLE ximalaya.account (
    account_id    uuid PRIMARY KEY,
    display_name  varchar(64),
    email_addr    varchar(254),
    phone_number  varchar(32),
    created_at    timestamptz NOT NULL,
    signup_client text        NOT NULL,     -- iOS | Android | H5 | PC
    is_active     boolean     NOT NULL DEFAULT true
);

CREATE TABLE ximalaya.category (
    category_id integer PRIMARY KEY,
    parent_id   integer REFERENCES ximalaya.category (category_id),
    name_zh     text NOT NULL,
    slug        text NOT NULL UNIQUE
);

CREATE TABLE ximalaya.album (
    album_id      uuid PRIMARY KEY,
    album_title   text          NOT NULL,
    album_kind    text          NOT NULL,   -- AUDIOBOOK | COLUMN | COURSE | EBOOK | LIVE
    category_id   integer       REFERENCES ximalaya.category (category_id),
    price_yuan    numeric(10,2) NOT NULL,
    total_seconds integer,
    anchor_name   text,
    released_at   timestamptz
);

CREATE TABLE ximalaya.purchase (
    purchase_id  uuid PRIMARY KEY,
    account_id   uuid          NOT NULL,
    album_id     uuid          NOT NULL,
    paid_yuan    numeric(10,2) NOT NULL,
    client       text,                       -- ios | android | h5 | pc
    purchased_at timestamptz   NOT NULL,
    state        text          NOT NULL,     -- PAID | REFUNDED
    refund_yuan  numeric(10,2),
    refunded_at  timestamptz
);

CREATE TABLE ximalaya.listen_progress (
    account_id       uuid        NOT NULL,
    album_id         uuid        NOT NULL,
    listened_seconds integer     NOT NULL,
    updated_at       timestamptz NOT NULL,
    PRIMARY KEY (account_id, album_id)
);

CREATE TABLE ximalaya.behavior_log (
    log_id      bigserial PRIMARY KEY,
    account_id  uuid        NOT NULL,
    album_id    uuid,
    event_type  text        NOT NULL, -- browse | tap | listen | thumb_up | subscribe | comment | forward | query
    client      text        NOT NULL, -- ios | android | h5 | pc
    occurred_at timestamptz NOT NULL,
    keyword     text
);

CREATE TABLE ximalaya.vip_subscription (
    sub_id     uuid PRIMARY KEY,
    account_id uuid        NOT NULL,
    plan_code  text        NOT NULL,    -- VIP_M | VIP_Y | SVIP
    valid_from timestamptz NOT NULL,
    valid_to   timestamptz NOT NULL
);

CREATE TABLE ximalaya.privacy_consent (
    account_id   uuid    NOT NULL,
    consent_type text    NOT NULL,      -- MIGRATE | SHARE | PERSONALIZE
    granted      boolean NOT NULL,
    granted_at   timestamptz NOT NULL,
    evidence     text,
    PRIMARY KEY (account_id, consent_type)
);
