-- What a maker approved cannot be changed in place, whoever asks: a change to what the public
-- sees is a new version, which she must approve again.

-- A profile version is the exact content she reads before approving: once written, it never
-- changes. Edits are saved as new versions.
CREATE FUNCTION "maker_profile_version_is_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'MakerProfileVersion rows cannot be changed; save a new version instead'
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER "MakerProfileVersion_immutable"
  BEFORE UPDATE ON "MakerProfileVersion"
  FOR EACH ROW EXECUTE FUNCTION "maker_profile_version_is_immutable"();

-- A consent keeps everything she approved (version, content hash, fields, approval and expiry
-- times). Only two things may happen to it, each once: it is withdrawn (or ended at expiry),
-- and staff are reminded that it ends soon. A withdrawn consent stays withdrawn. Columns added
-- later are protected too: the comparison is of the whole row but those two timestamps.
CREATE FUNCTION "maker_consent_keeps_what_she_approved"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF to_jsonb(NEW) - 'withdrawnAt' - 'reminderSentAt' IS DISTINCT FROM to_jsonb(OLD) - 'withdrawnAt' - 'reminderSentAt' THEN
    RAISE EXCEPTION 'MakerConsent keeps what she approved; only withdrawnAt and reminderSentAt may be set'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD."withdrawnAt" IS NOT NULL AND NEW."withdrawnAt" IS DISTINCT FROM OLD."withdrawnAt" THEN
    RAISE EXCEPTION 'MakerConsent: a withdrawn consent stays withdrawn' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD."reminderSentAt" IS NOT NULL AND NEW."reminderSentAt" IS DISTINCT FROM OLD."reminderSentAt" THEN
    RAISE EXCEPTION 'MakerConsent: the reminder time is set once' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "MakerConsent_keeps_what_she_approved"
  BEFORE UPDATE ON "MakerConsent"
  FOR EACH ROW EXECUTE FUNCTION "maker_consent_keeps_what_she_approved"();
