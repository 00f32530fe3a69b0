-- Proactive disclosure (主动公开): the disclosure catalog (公开目录) and its items with the
-- confidentiality review (保密审查); the fee notice of a request; the reconsideration and litigation
-- records of requests (the annual report's table 四); the annual reports with the office's texts
-- and, once published, the frozen document.

-- The catalog follows 条例 第二十条. table_two names the line of the annual report's table 二 that
-- counts the category's items (RULE, NORMATIVE, PENALTY, ENFORCEMENT) or is null.
CREATE TABLE disclosure_category (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     INT           NOT NULL,
    code        VARCHAR(20)   NOT NULL,
    name        VARCHAR(60)   NOT NULL,
    description VARCHAR(300),
    position    INT           NOT NULL,
    table_two   VARCHAR(12),
    active      BOOLEAN       NOT NULL,
    CONSTRAINT uk_disclosure_category_code UNIQUE (code)
);
INSERT INTO disclosure_category VALUES
 (1, 0, 'JGZN',  '机构职能',           '机构设置、职能、办公地址、办公时间、联系方式、负责人姓名', 10, NULL, TRUE),
 (2, 0, 'GZ',    '规章',               '行政法规、规章', 20, 'RULE', TRUE),
 (3, 0, 'GFXWJ', '行政规范性文件',     '行政规范性文件', 30, 'NORMATIVE', TRUE),
 (4, 0, 'FZGH',  '发展规划',           '国民经济和社会发展规划、专项规划、区域规划及相关政策', 40, NULL, TRUE),
 (5, 0, 'TJXX',  '统计信息',           '国民经济和社会发展统计信息', 50, NULL, TRUE),
 (6, 0, 'XZXK',  '行政许可',           '办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果', 60, NULL, TRUE),
 (7, 0, 'XZCF',  '行政处罚',           '实施行政处罚的依据、条件、程序以及具有一定社会影响的处罚决定', 70, 'PENALTY', TRUE),
 (8, 0, 'XZQZ',  '行政强制',           '实施行政强制的依据、条件、程序以及行政强制决定', 80, 'ENFORCEMENT', TRUE),
 (9, 0, 'XZSF',  '行政事业性收费',     '行政事业性收费项目及其依据、标准', 90, NULL, TRUE),
 (10, 0, 'CZYJS', '财政预算决算',      '财政预算、决算信息', 100, NULL, TRUE),
 (11, 0, 'ZFCG',  '政府集中采购',      '政府集中采购项目的目录、标准及实施情况', 110, NULL, TRUE),
 (12, 0, 'ZDJS',  '重大建设项目',      '重大建设项目的批准和实施情况', 120, NULL, TRUE),
 (13, 0, 'MSGY',  '民生与公益事业',    '扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况', 130, NULL, TRUE),
 (14, 0, 'YJYA',  '突发公共事件',      '突发公共事件的应急预案、预警信息及应对情况', 140, NULL, TRUE),
 (15, 0, 'HBJC',  '环境保护与监督检查', '环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况', 150, NULL, TRUE),
 (16, 0, 'RSXX',  '人事信息',          '公务员招考的职位、名额、报考条件等事项以及录用结果', 160, NULL, TRUE);

-- An item: a document or a piece of information to publish. It is public only once a reviewer
-- other than its editor approved it (status PUBLISHED); a withdrawn item stays with the reason.
-- Validity links versions: publishing an item that supersedes another marks the older AMENDED.
CREATE TABLE disclosure_item (
    id               BIGINT         NOT NULL PRIMARY KEY,
    version          INT            NOT NULL,
    category_id      BIGINT         NOT NULL,
    department_id    BIGINT         NOT NULL,
    title            VARCHAR(200)   NOT NULL,
    document_number  VARCHAR(60),
    formed_on        DATE           NOT NULL,
    publish_due      DATE           NOT NULL,
    calendar_version BIGINT         NOT NULL,
    body             LONGTEXT       NOT NULL,
    body_text        LONGTEXT       NOT NULL,
    validity         VARCHAR(12)    NOT NULL,
    validity_changed_on DATE,
    supersedes_id    BIGINT,
    superseded_by_id BIGINT,
    status           VARCHAR(12)    NOT NULL,
    created_by       VARCHAR(40)    NOT NULL,
    created_at       DATETIME(6)    NOT NULL,
    submitted_by     VARCHAR(40),
    submitted_at     DATETIME(6),
    reviewed_by      VARCHAR(40),
    reviewed_at      DATETIME(6),
    review_note      VARCHAR(500),
    published_on     DATE,
    published_at     DATETIME(6),
    withdrawn_by     VARCHAR(40),
    withdrawn_at     DATETIME(6),
    withdraw_reason  VARCHAR(500),
    CONSTRAINT fk_disclosure_item_category FOREIGN KEY (category_id) REFERENCES disclosure_category (id),
    CONSTRAINT fk_disclosure_item_department FOREIGN KEY (department_id) REFERENCES department (id)
);
-- the public listing by category, newest first; the workspace by status; the nightly deadline check
CREATE INDEX ix_disclosure_item_public ON disclosure_item (status, category_id, published_on);
CREATE INDEX ix_disclosure_item_workspace ON disclosure_item (department_id, status, publish_due);
CREATE INDEX ix_disclosure_item_due ON disclosure_item (status, publish_due);

CREATE TABLE disclosure_item_attachment (
    item_id  BIGINT  NOT NULL,
    position INT     NOT NULL,
    file_id  BIGINT  NOT NULL,
    PRIMARY KEY (item_id, position),
    CONSTRAINT fk_disclosure_attachment_item FOREIGN KEY (item_id) REFERENCES disclosure_item (id),
    CONSTRAINT fk_disclosure_attachment_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
);

-- The fee notice (收费通知) of a request: the reply clock stands still until paid; unpaid in time,
-- the nightly job closes the request as 逾期未缴费.
ALTER TABLE disclosure_request ADD COLUMN fee_amount INT;
ALTER TABLE disclosure_request ADD COLUMN fee_method VARCHAR(8);
ALTER TABLE disclosure_request ADD COLUMN fee_quantity INT;
ALTER TABLE disclosure_request ADD COLUMN fee_issued_on DATE;
ALTER TABLE disclosure_request ADD COLUMN fee_payment_days INT;
ALTER TABLE disclosure_request ADD COLUMN fee_paid_on DATE;

-- Administrative reconsideration (行政复议) and litigation (行政诉讼) about a request's reply.
CREATE TABLE disclosure_remedy (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      INT           NOT NULL,
    request_id   BIGINT        NOT NULL,
    kind         VARCHAR(24)   NOT NULL,
    filed_on     DATE          NOT NULL,
    authority    VARCHAR(100)  NOT NULL,
    outcome      VARCHAR(12),
    decided_on   DATE,
    note         VARCHAR(500),
    recorded_by  VARCHAR(40)   NOT NULL,
    recorded_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_disclosure_remedy_request FOREIGN KEY (request_id) REFERENCES disclosure_request (id)
);
CREATE INDEX ix_disclosure_remedy_filed ON disclosure_remedy (filed_on);
CREATE INDEX ix_disclosure_remedy_request ON disclosure_remedy (request_id);

-- The annual report of a year for an agency (department_id) or the county (scope COUNTY): the
-- office's texts of sections 一, 五 and 六, the figures no module records (table 二's licensing
-- and fee lines are computed), and once published the frozen document in its three forms.
CREATE TABLE annual_report (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          INT           NOT NULL,
    report_year      INT           NOT NULL,
    scope            VARCHAR(20)   NOT NULL,
    department_id    BIGINT,
    status           VARCHAR(12)   NOT NULL,
    overview         TEXT,
    problems         TEXT,
    other_matters    TEXT,
    drafted_by       VARCHAR(40)   NOT NULL,
    drafted_at       DATETIME(6)   NOT NULL,
    updated_by       VARCHAR(40),
    updated_at       DATETIME(6),
    published_by     VARCHAR(40),
    published_at     DATETIME(6),
    published_html   LONGTEXT,
    published_json   LONGTEXT,
    published_pdf    LONGBLOB,
    published_xlsx   LONGBLOB,
    CONSTRAINT uk_annual_report UNIQUE (report_year, scope),
    CONSTRAINT fk_annual_report_department FOREIGN KEY (department_id) REFERENCES department (id)
);
