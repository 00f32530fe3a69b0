-- The extension a matter allows (延期上限, working days). NULL: the law's default
-- (10 working days, 15 for joint handling; 行政许可法 第四十二条、第四十三条).
ALTER TABLE matter_version ADD COLUMN extension_limit INT;
ALTER TABLE approval_case ADD COLUMN max_extension_days INT DEFAULT 10 NOT NULL;
