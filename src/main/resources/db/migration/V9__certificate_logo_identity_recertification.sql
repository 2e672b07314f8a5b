-- The centre's logo, printed on its training certificates (kept apart from the settings so reading
-- the settings never loads an image).
create table certificate_logo (
    training_center_id  bigint       primary key references training_center (id),
    media_type          varchar(20)  not null,
    image               ${document_type} not null,
    sha256              varchar(64)  not null,
    uploaded_at         timestamp with time zone not null
);

-- Whether the centre's certificates print the holder's identity number (NIK), and the number itself,
-- kept with the account and given by its holder.
alter table certificate_settings add column print_identity_number boolean not null default false;
alter table account add column identity_number varchar(16);

-- Re-certification: a candidate's next cycle on a scheme, opened from an expiring certificate.
alter table competence_assessment add column cycle integer not null default 1;
alter table competence_assessment drop constraint competence_assessment_once;
alter table competence_assessment add constraint competence_assessment_once unique (enrolment_id, scheme_code, cycle);
