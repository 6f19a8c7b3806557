-- AlterEnum
ALTER TYPE "EmailTokenPurpose" ADD VALUE 'verify_email';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailVerifiedAt" TIMESTAMP(3);

-- Accounts made before sign-up asked for confirmation keep working.
UPDATE "User" SET "emailVerifiedAt" = "createdAt";
