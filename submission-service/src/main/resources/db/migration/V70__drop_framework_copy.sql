-- The local copy of the catalog's framework versions was written from budget.catalog and never read: the
-- machine pre-review takes its synonyms and levels from the rule set copy (rule_set_copy) and its defaults.
drop table framework_copy;
