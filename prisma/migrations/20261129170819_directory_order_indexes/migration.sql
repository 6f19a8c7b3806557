-- CreateIndex
CREATE INDEX "Organisation_approvedAt_id_idx" ON "Organisation"("approvedAt" DESC, "id");

-- Written by hand (the schema cannot express an index on an expression): the directory's name order,
-- so that a page of a large result is read in order instead of sorting every matching row.
CREATE INDEX "Organisation_lower_name_id_idx" ON "Organisation"(lower("name"), "id");
