-- audit list --rule finds a record's hits through the record's key range (hit_key between seq * 2^20 and
-- seq * 2^20 + 2^20 - 1), not through this index, yet every rule-hit row written paid for maintaining it.
drop index audit_rule_hit_rule;
