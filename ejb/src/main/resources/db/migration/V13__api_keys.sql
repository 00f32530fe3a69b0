-- API keys for machine accounts: only the SHA-256 of the secret is stored; revoked keys stay.
CREATE TABLE api_key (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       INT          NOT NULL,
    name          VARCHAR(60)  NOT NULL,
    account_id    BIGINT       NOT NULL,
    secret_sha256 CHAR(64)     NOT NULL,
    issued_at     DATETIME(6)  NOT NULL,
    issued_by     VARCHAR(40)  NOT NULL,
    revoked_at    DATETIME(6),
    revoked_by    VARCHAR(40),
    revoke_reason VARCHAR(200),
    last_used_at  DATETIME(6),
    CONSTRAINT fk_api_key_account FOREIGN KEY (account_id) REFERENCES user_account (id)
);
CREATE INDEX ix_api_key_account ON api_key (account_id);
