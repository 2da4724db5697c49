-- Who may do what, changed (issue 11, the API's recent look-ups of sessions and tokens): every
-- change a look-up reads – a session ended or its end moved, a token revoked, a user's roles, name,
-- e-mail or deactivation, a user's projects – notifies "bk_accounts_changed" when its transaction
-- commits, and every API process on this database forgets the sessions and tokens it found
-- (apps/api/src/auth/lookup-cache.ts). A session's or token's last use (lastSeenAt, lastUsedAt)
-- is not such a change.
CREATE FUNCTION "bk_accounts_changed"() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM pg_notify('bk_accounts_changed', '');
  RETURN NULL;
END
$fn$;

CREATE TRIGGER "Session_accounts_changed" AFTER DELETE OR UPDATE OF "userId", "tokenHash", "expiresAt" ON "Session"
  FOR EACH STATEMENT EXECUTE FUNCTION "bk_accounts_changed"();
CREATE TRIGGER "AccessToken_accounts_changed" AFTER DELETE OR UPDATE OF "userId", "kind", "tokenHash", "expiresAt", "revokedAt" ON "AccessToken"
  FOR EACH STATEMENT EXECUTE FUNCTION "bk_accounts_changed"();
CREATE TRIGGER "User_accounts_changed" AFTER DELETE OR UPDATE OF "email", "name", "roles", "active" ON "User"
  FOR EACH STATEMENT EXECUTE FUNCTION "bk_accounts_changed"();
CREATE TRIGGER "UserProject_accounts_changed" AFTER INSERT OR DELETE OR UPDATE ON "UserProject"
  FOR EACH STATEMENT EXECUTE FUNCTION "bk_accounts_changed"();
