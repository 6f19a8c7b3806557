-- Every committed change to the data that pages show is announced on the channel "data_changed", so
-- that each app server can drop the pages it keeps ready (server/page-cache.ts, ADR 012). One
-- notification per statement and table; PostgreSQL folds identical ones within a transaction.
-- Left out, because no page kept ready shows them and they change often: "rate_limits" (every log-in
-- attempt), "EmailMessage" (the outbox) and "AuditEntry" (append-only log).
CREATE FUNCTION "notify_data_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('data_changed', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;

DO $$
DECLARE
  table_name text;
BEGIN
  FOREACH table_name IN ARRAY ARRAY[
    'User', 'Password', 'Session', 'TaxonomyTerm', 'Organisation', 'OrganisationMember',
    'OrganisationInvite', 'OrganisationRevision', 'Report', 'Notification', 'SuggestionDismissal',
    'SuggestionCache', 'LeadBrokering', 'IntroductionRequest', 'MeetingSlot', 'IntroductionMessage',
    'IntroductionNote', 'EmailToken', 'RecoveryCode'
  ] LOOP
    EXECUTE format(
      'CREATE TRIGGER "%s_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION "notify_data_changed"()',
      table_name, table_name
    );
  END LOOP;
END;
$$;
