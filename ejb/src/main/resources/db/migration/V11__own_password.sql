-- A password the office gave (a new account, a reset) is replaced by the user at the next login.
ALTER TABLE user_account ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
