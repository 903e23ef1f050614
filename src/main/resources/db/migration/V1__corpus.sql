create table source (
    id           varchar(200)  primary key,
    file_name    varchar(500)  not null unique,
    title        varchar(1000) not null,
    author       varchar(200),
    published_at varchar(40),
    content_hash varchar(64)   not null,
    imported_at  timestamp     not null
);

create table quote (
    id        varchar(220)    primary key,
    source_id varchar(200)    not null references source (id) on delete cascade,
    position  integer         not null,
    number    integer,
    speaker   varchar(200)    not null,
    context   varchar(2000),
    text      varchar(1000000) not null,
    constraint quote_position unique (source_id, position)
);

create table interview_exchange (
    id          varchar(220)    primary key,
    source_id   varchar(200)    not null references source (id) on delete cascade,
    position    integer         not null,
    interviewer varchar(200)    not null,
    interviewee varchar(200)    not null,
    question    varchar(1000000) not null,
    answer      varchar(1000000) not null,
    constraint exchange_position unique (source_id, position)
);

create table answer_repeat (
    id          varchar(220)    primary key,
    source_id   varchar(200)    not null references source (id) on delete cascade,
    position    integer         not null,
    exchange_id varchar(220)    not null references interview_exchange (id) on delete cascade,
    speaker     varchar(200)    not null,
    text        varchar(1000000) not null,
    constraint repeat_position unique (source_id, position)
);

create index quote_speaker on quote (speaker);
create index exchange_interviewee on interview_exchange (interviewee);
