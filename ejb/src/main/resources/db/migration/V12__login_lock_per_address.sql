-- Failed logins count per account and client address: a lock holds for that pair only, so an
-- anonymous attacker cannot lock the administrator or an API client out. user_account.locked_until
-- now shows the latest lock of the account (from any address) to the office.
CREATE TABLE login_lock (
    lock_key        VARCHAR(100) NOT NULL PRIMARY KEY,
    username        VARCHAR(40)  NOT NULL,
    address         VARCHAR(45)  NOT NULL,
    failed_attempts INT          NOT NULL,
    locked_until    DATETIME(6)
);
CREATE INDEX ix_login_lock_username ON login_lock (username);
