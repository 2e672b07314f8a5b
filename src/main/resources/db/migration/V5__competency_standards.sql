-- Competence standards from modules/standards/: certification schemes, their units of competence,
-- elements and performance criteria (KUK). Written by the curriculum import; codes are text and
-- never change once candidates are assessed against them, so a unit no longer in the files is
-- marked inactive rather than deleted.

create table certification_scheme (
    code             varchar(40)  primary key,
    content_hash     varchar(64)  not null,
    title_id         varchar(300) not null,
    title_en         varchar(300) not null,
    description_id   text         not null,
    description_en   text         not null,
    programme_code   varchar(40)  not null,
    validity_years   integer      not null,
    second_rating    boolean      not null,
    appeal_days      integer      not null,
    active           boolean      not null,
    updated_at       timestamp with time zone not null
);

create table competency_unit (
    code             varchar(40)  primary key,
    scheme_code      varchar(40)  not null references certification_scheme (code),
    position         integer      not null,
    title_id         varchar(300) not null,
    title_en         varchar(300) not null,
    description_id   text         not null,
    description_en   text         not null,
    module_keys      varchar(1000) not null,  -- comma-separated
    item_keys        varchar(1000) not null,  -- comma-separated: the items whose results are evidence
    evidence         varchar(200)  not null,  -- comma-separated methods
    active           boolean      not null
);
create index competency_unit_scheme_idx on competency_unit (scheme_code, position);

create table competency_element (
    unit_code   varchar(40)  not null references competency_unit (code),
    code        varchar(20)  not null,
    position    integer      not null,
    title_id    varchar(500) not null,
    title_en    varchar(500) not null,
    primary key (unit_code, code)
);

create table performance_criterion (
    unit_code     varchar(40) not null references competency_unit (code),
    code          varchar(20) not null,
    element_code  varchar(20) not null,
    position      integer     not null,
    text_id       text        not null,
    text_en       text        not null,
    primary key (unit_code, code)
);
