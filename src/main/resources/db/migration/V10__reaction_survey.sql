-- Evaluation, Kirkpatrick level 1: the reaction survey at the end of a cohort.
--
-- A centre's template: one question per line (evaluation.domain.SurveyQuestions) and whether the
-- responses are anonymous. Without a row the platform's default template applies.
create table survey_template (
    training_center_id  bigint       not null references training_center (id),
    kind                varchar(20)  not null,
    questions           text         not null,
    anonymous           boolean      not null,
    updated_at          timestamp with time zone not null,
    primary key (training_center_id, kind),
    constraint survey_template_kind_known check (kind in ('REACTION'))
);

-- A response. Anonymous ones carry no account, a random id (so no sequence lines them up with
-- anything) and the day only, never the time.
create table survey_response (
    id             varchar(36)  primary key,
    cohort_id      bigint       not null references cohort (id),
    kind           varchar(20)  not null,
    answers        text         not null,   -- JSON: question code -> answer
    submitted_on   date         not null,
    account_id     bigint       references account (id),   -- only when the template was not anonymous
    constraint survey_response_kind_known check (kind in ('REACTION'))
);
create index survey_response_cohort_idx on survey_response (cohort_id, kind);

-- Who has answered, so each trainee answers once; it says nothing about which response is theirs.
create table survey_participation (
    cohort_id   bigint       not null references cohort (id),
    account_id  bigint       not null references account (id),
    kind        varchar(20)  not null,
    primary key (cohort_id, account_id, kind)
);
