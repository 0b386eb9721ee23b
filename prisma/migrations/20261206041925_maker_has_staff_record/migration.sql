-- Every maker has her staff record: staff find makers through it (the back office's lists start
-- from MakerStaffRecord), so a maker without one would be invisible to them. Checked at commit,
-- so the maker and her record are written in one transaction, in either order.
CREATE FUNCTION "maker_has_staff_record"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  maker_id text;
BEGIN
  IF TG_TABLE_NAME = 'Maker' THEN
    maker_id := NEW."id";
  ELSE
    maker_id := OLD."makerId";
  END IF;
  IF EXISTS (SELECT 1 FROM "Maker" WHERE "id" = maker_id)
     AND NOT EXISTS (SELECT 1 FROM "MakerStaffRecord" WHERE "makerId" = maker_id) THEN
    RAISE EXCEPTION 'Maker % has no staff record (MakerStaffRecord); write both in one transaction', maker_id
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER "Maker_has_staff_record"
  AFTER INSERT ON "Maker" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION "maker_has_staff_record"();
CREATE CONSTRAINT TRIGGER "MakerStaffRecord_kept_while_maker_exists"
  AFTER DELETE OR UPDATE OF "makerId" ON "MakerStaffRecord" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION "maker_has_staff_record"();
