-- Whether an item stands alone (offered as a random quote, the quote of the day, a feed entry), and the address a
-- source names as its origin. Both are decided when a document is read, and headings stopped being items: the
-- corpus is emptied so the next start imports every seed file again, with the same ids.
alter table quote add column quotable boolean default true not null;
alter table interview_exchange add column quotable boolean default true not null;
alter table source add column origin_url varchar(2000);

delete from answer_repeat;
delete from quote;
delete from interview_exchange;
delete from source;
