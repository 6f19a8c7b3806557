-- AlterTable
ALTER TABLE "User" ADD COLUMN     "totpPendingSecret" TEXT;

-- AlterTable
ALTER TABLE "EmailMessage" ADD COLUMN     "sensitive" BOOLEAN NOT NULL DEFAULT false;

-- An enrolment that was under way keeps going, now beside (not in place of) the factor in force.
UPDATE "User" SET "totpPendingSecret" = "totpSecret", "totpSecret" = NULL
 WHERE "totpEnabledAt" IS NULL AND "totpSecret" IS NOT NULL;

-- Emails already written whose link acts for the account.
UPDATE "EmailMessage" SET "sensitive" = true
 WHERE "text" LIKE '%/reset-password/%' OR "text" LIKE '%/verify-email/%' OR "text" LIKE '%/confirm-email/%';
