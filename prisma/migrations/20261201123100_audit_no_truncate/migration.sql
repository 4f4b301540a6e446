-- The audit trail's row triggers (20261125193528_audit_append_only) do not fire for TRUNCATE,
-- which empties the table in one statement: a statement trigger refuses it too. The portal's
-- database role has no TRUNCATE privilege either (scripts/production/database-roles.ts); this
-- stands for a role that has one. Only the tables' owner can disable the trigger, and the
-- portal's role never owns them.
CREATE TRIGGER audit_event_no_truncate
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
