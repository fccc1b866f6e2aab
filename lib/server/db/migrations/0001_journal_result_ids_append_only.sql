ALTER TABLE "journal_entry" ADD COLUMN "result_ids" jsonb;--> statement-breakpoint
CREATE INDEX "journal_entry_user_idx" ON "journal_entry" USING btree ("user_email");--> statement-breakpoint
-- The journal is append-only: an entry is written before its change is sent, finished once with
-- the outcome, and never edited or deleted afterwards (not even by the console's own code).
CREATE FUNCTION journal_entry_append_only() RETURNS trigger AS $$
BEGIN
  IF TG_OP <> 'UPDATE' THEN
    RAISE EXCEPTION 'journal entries cannot be deleted';
  END IF;
  IF OLD.outcome <> 'pending' THEN
    RAISE EXCEPTION 'journal entry % is final and cannot be changed', OLD.id;
  END IF;
  IF (NEW.id, NEW.created_at, NEW.user_id, NEW.user_email, NEW.user_role, NEW.operation, NEW.method, NEW.path, NEW.target_ids, NEW.request_summary)
     IS DISTINCT FROM (OLD.id, OLD.created_at, OLD.user_id, OLD.user_email, OLD.user_role, OLD.operation, OLD.method, OLD.path, OLD.target_ids, OLD.request_summary) THEN
    RAISE EXCEPTION 'journal entry %: only its outcome can be recorded', OLD.id;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER journal_entry_append_only BEFORE UPDATE OR DELETE ON journal_entry
  FOR EACH ROW EXECUTE FUNCTION journal_entry_append_only();
--> statement-breakpoint
CREATE TRIGGER journal_entry_no_truncate BEFORE TRUNCATE ON journal_entry
  FOR EACH STATEMENT EXECUTE FUNCTION journal_entry_append_only();
