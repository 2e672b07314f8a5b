-- Certificates of competence: issued for a candidate's assessment once decided competent, where the
-- operator is configured as a certification body. current_for_assessment plays the part
-- current_for_enrolment plays for training certificates: unique, so a decision issues one
-- certificate however often it is observed, and cleared when a correction supersedes it.

alter table certificate add column assessment_id bigint references competence_assessment (id);
alter table certificate add column current_for_assessment bigint references competence_assessment (id);
alter table certificate add constraint certificate_current_assessment_unique unique (current_for_assessment);
