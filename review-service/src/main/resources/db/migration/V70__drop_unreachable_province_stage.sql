-- The provincial stage could never be reached: submissions come from counties only (submission-service refuses
-- city and province region codes) and no stage rule sends a county submission to the province.
-- Nothing refers to it: no rule, and no case can have been planned through it.
delete from stage_rule where stage_code = 'PROVINCE_FINANCE';
delete from workflow_stage where code = 'PROVINCE_FINANCE';
