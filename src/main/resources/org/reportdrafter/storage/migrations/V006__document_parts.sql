-- The parts of an official document (发文字号, 主送机关, 附件, 落款, 版记…) as the JSON object that
-- ReportJson writes, the tables of the report's root, and the tables standing in each node.
ALTER TABLE reports ADD COLUMN parts TEXT NOT NULL DEFAULT '{}';
ALTER TABLE reports ADD COLUMN tables TEXT NOT NULL DEFAULT '[]';
ALTER TABLE nodes ADD COLUMN tables TEXT NOT NULL DEFAULT '[]';
