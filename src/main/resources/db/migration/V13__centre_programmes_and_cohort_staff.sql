-- Programme set-up by a centre's coordinators, and the staff of a cohort.
--
-- A programme with a training centre is that centre's own, composed from the curriculum's modules;
-- one without is national, defined in modules/programmes.yaml and updated by every curriculum import.
alter table programme add column training_center_id bigint references training_center (id);
-- The programme's own pass mark on its post-test for completion (the certificate); the quiz's
-- pass mark when null.
alter table programme add column pass_percent numeric(5, 2);
-- Whether the quizzes that count are chosen (programme_quiz) rather than found by the default rule
-- (the programme's pre-test and post-test and the quizzes of its modules).
alter table programme add column quizzes_chosen boolean default false not null;
-- The lesson hours (JP) the centre plans for a module in this programme, printed on its
-- certificates; the sum of the module's lessons when null.
alter table programme_module add column jp numeric(6, 2);

create table programme_quiz (
    programme_id  bigint       not null references programme (id),
    quiz_code     varchar(40)  not null references quiz (code),
    primary key (programme_id, quiz_code)
);

-- The trainers (pengajar, fasilitator) of a cohort, by name: the reaction survey asks about each.
create table cohort_trainer (
    cohort_id  bigint        not null references cohort (id),
    position   integer       not null,
    name       varchar(150)  not null,
    subject    varchar(300),
    primary key (cohort_id, position)
);

-- The assessors a coordinator assigns to a cohort: offered first when its candidates are assigned.
create table cohort_assessor (
    cohort_id   bigint  not null references cohort (id),
    account_id  bigint  not null references account (id),
    primary key (cohort_id, account_id)
);
