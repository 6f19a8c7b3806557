-- CreateEnum
CREATE TYPE "IntroductionStatus" AS ENUM ('pending', 'accepted', 'declined', 'withdrawn', 'expired');

-- CreateEnum
CREATE TYPE "MeetingMode" AS ENUM ('online', 'in_person');

-- CreateEnum
CREATE TYPE "EmailStatus" AS ENUM ('queued', 'sent', 'kept_in_outbox', 'failed');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'en',
ADD COLUMN     "timeZone" TEXT;

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "params" JSONB NOT NULL DEFAULT '{}';
-- Notifications written before this migration keep their English text.
UPDATE "Notification" SET "params" = jsonb_build_object('message', "message");
ALTER TABLE "Notification" DROP COLUMN "message";

-- CreateTable
CREATE TABLE "IntroductionRequest" (
    "id" TEXT NOT NULL,
    "fromOrganisationId" TEXT NOT NULL,
    "toOrganisationId" TEXT NOT NULL,
    "senderId" TEXT,
    "brokeredById" TEXT,
    "purpose" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "status" "IntroductionStatus" NOT NULL DEFAULT 'pending',
    "openPairKey" TEXT,
    "declineReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "respondedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "meetingSlotId" TEXT,
    "meetingSequence" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "IntroductionRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingSlot" (
    "id" TEXT NOT NULL,
    "introductionId" TEXT NOT NULL,
    "proposedByOrganisationId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "mode" "MeetingMode" NOT NULL,
    "location" TEXT,
    "enteredTimeZone" TEXT NOT NULL,
    "withdrawnAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingSlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntroductionMessage" (
    "id" TEXT NOT NULL,
    "introductionId" TEXT NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IntroductionMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntroductionNote" (
    "id" TEXT NOT NULL,
    "introductionId" TEXT NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IntroductionNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailMessage" (
    "id" TEXT NOT NULL,
    "userId" TEXT,
    "toAddress" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" "EmailStatus" NOT NULL DEFAULT 'queued',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "EmailMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "IntroductionRequest_openPairKey_key" ON "IntroductionRequest"("openPairKey");

-- CreateIndex
CREATE UNIQUE INDEX "IntroductionRequest_meetingSlotId_key" ON "IntroductionRequest"("meetingSlotId");

-- CreateIndex
CREATE INDEX "IntroductionRequest_fromOrganisationId_status_idx" ON "IntroductionRequest"("fromOrganisationId", "status");

-- CreateIndex
CREATE INDEX "IntroductionRequest_toOrganisationId_status_idx" ON "IntroductionRequest"("toOrganisationId", "status");

-- CreateIndex
CREATE INDEX "IntroductionRequest_status_expiresAt_idx" ON "IntroductionRequest"("status", "expiresAt");

-- CreateIndex
CREATE INDEX "IntroductionRequest_createdAt_idx" ON "IntroductionRequest"("createdAt");

-- CreateIndex
CREATE INDEX "MeetingSlot_introductionId_idx" ON "MeetingSlot"("introductionId");

-- CreateIndex
CREATE INDEX "IntroductionMessage_introductionId_createdAt_idx" ON "IntroductionMessage"("introductionId", "createdAt");

-- CreateIndex
CREATE INDEX "IntroductionNote_introductionId_createdAt_idx" ON "IntroductionNote"("introductionId", "createdAt");

-- CreateIndex
CREATE INDEX "EmailMessage_status_createdAt_idx" ON "EmailMessage"("status", "createdAt");

-- CreateIndex
CREATE INDEX "EmailMessage_createdAt_idx" ON "EmailMessage"("createdAt");

-- AddForeignKey
ALTER TABLE "IntroductionRequest" ADD CONSTRAINT "IntroductionRequest_fromOrganisationId_fkey" FOREIGN KEY ("fromOrganisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntroductionRequest" ADD CONSTRAINT "IntroductionRequest_toOrganisationId_fkey" FOREIGN KEY ("toOrganisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntroductionRequest" ADD CONSTRAINT "IntroductionRequest_senderId_fkey" FOREIGN KEY ("senderId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntroductionRequest" ADD CONSTRAINT "IntroductionRequest_brokeredById_fkey" FOREIGN KEY ("brokeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntroductionRequest" ADD CONSTRAINT "IntroductionRequest_meetingSlotId_fkey" FOREIGN KEY ("meetingSlotId") REFERENCES "MeetingSlot"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingSlot" ADD CONSTRAINT "MeetingSlot_introductionId_fkey" FOREIGN KEY ("introductionId") REFERENCES "IntroductionRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingSlot" ADD CONSTRAINT "MeetingSlot_proposedByOrganisationId_fkey" FOREIGN KEY ("proposedByOrganisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntroductionMessage" ADD CONSTRAINT "IntroductionMessage_introductionId_fkey" FOREIGN KEY ("introductionId") REFERENCES "IntroductionRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntroductionMessage" ADD CONSTRAINT "IntroductionMessage_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntroductionNote" ADD CONSTRAINT "IntroductionNote_introductionId_fkey" FOREIGN KEY ("introductionId") REFERENCES "IntroductionRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntroductionNote" ADD CONSTRAINT "IntroductionNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailMessage" ADD CONSTRAINT "EmailMessage_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
