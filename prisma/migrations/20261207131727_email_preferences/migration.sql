-- CreateEnum
CREATE TYPE "EmailTopic" AS ENUM ('introductions', 'meetings', 'events', 'profile', 'followups', 'requests');

-- CreateEnum
CREATE TYPE "EmailFrequency" AS ENUM ('each', 'weekly', 'never');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailToken" TEXT NOT NULL DEFAULT (replace((gen_random_uuid())::text, '-'::text, ''::text) || replace((gen_random_uuid())::text, '-'::text, ''::text));

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "awaitingDigest" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "EmailMessage" ADD COLUMN     "html" TEXT,
ADD COLUMN     "unsubscribeUrl" TEXT;

-- CreateTable
CREATE TABLE "EmailPreference" (
    "userId" TEXT NOT NULL,
    "topic" "EmailTopic" NOT NULL,
    "frequency" "EmailFrequency" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EmailPreference_pkey" PRIMARY KEY ("userId","topic")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_emailToken_key" ON "User"("emailToken");

-- CreateIndex
CREATE INDEX "Notification_awaitingDigest_userId_idx" ON "Notification"("awaitingDigest", "userId");

-- AddForeignKey
ALTER TABLE "EmailPreference" ADD CONSTRAINT "EmailPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
