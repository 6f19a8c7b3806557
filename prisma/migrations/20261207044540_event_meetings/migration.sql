-- CreateEnum
CREATE TYPE "MeetingBookingMode" AS ENUM ('participants', 'organiser');

-- CreateEnum
CREATE TYPE "MeetingRequestRule" AS ENUM ('everyone', 'eu_japan');

-- CreateEnum
CREATE TYPE "EventMeetingStatus" AS ENUM ('requested', 'accepted', 'declined', 'cancelled', 'expired', 'proposed', 'scheduled');

-- CreateEnum
CREATE TYPE "MeetingWishLevel" AS ENUM ('must', 'like', 'no');

-- CreateEnum
CREATE TYPE "MeetingOutcome" AS ENUM ('not_held', 'insufficient_interest', 'informative', 'cooperation_possible');

-- CreateEnum
CREATE TYPE "FollowUpAnswer" AS ENUM ('no_contact', 'in_contact', 'negotiating', 'agreement');

-- CreateEnum
CREATE TYPE "AgreementKind" AS ENUM ('commercial', 'technical', 'research', 'licensing', 'joint_venture', 'third_country_project');

-- CreateTable
CREATE TABLE "MeetingPlan" (
    "eventId" TEXT NOT NULL,
    "bookingMode" "MeetingBookingMode" NOT NULL DEFAULT 'participants',
    "requestRule" "MeetingRequestRule" NOT NULL DEFAULT 'eu_japan',
    "maxPendingRequests" INTEGER NOT NULL DEFAULT 10,
    "requestsCloseAt" TIMESTAMP(3),
    "wishesClosedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "followUpMonths" INTEGER NOT NULL DEFAULT 6,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeetingPlan_pkey" PRIMARY KEY ("eventId")
);

-- CreateTable
CREATE TABLE "MeetingBlock" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "slotMinutes" INTEGER NOT NULL,
    "breakMinutes" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingBlock_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventSlot" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "blockId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EventSlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventTable" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "roomUrl" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "EventTable_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventMeeting" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "requesterId" TEXT NOT NULL,
    "inviteeId" TEXT NOT NULL,
    "requesterOrganisationId" TEXT NOT NULL,
    "inviteeOrganisationId" TEXT NOT NULL,
    "status" "EventMeetingStatus" NOT NULL,
    "message" TEXT,
    "slotId" TEXT,
    "tableId" TEXT,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "EventMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingClaim" (
    "slotId" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "meetingId" TEXT,

    CONSTRAINT "MeetingClaim_pkey" PRIMARY KEY ("slotId","holder")
);

-- CreateTable
CREATE TABLE "MeetingWish" (
    "eventId" TEXT NOT NULL,
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "level" "MeetingWishLevel" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeetingWish_pkey" PRIMARY KEY ("eventId","fromId","toId")
);

-- CreateTable
CREATE TABLE "MeetingRating" (
    "meetingId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "outcome" "MeetingOutcome" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingRating_pkey" PRIMARY KEY ("meetingId","userId")
);

-- CreateTable
CREATE TABLE "FollowUp" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "meetingId" TEXT,
    "introductionId" TEXT,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3),
    "remindedAt" TIMESTAMP(3),
    "answeredAt" TIMESTAMP(3),
    "answeredById" TEXT,
    "answer" "FollowUpAnswer",
    "agreementKind" "AgreementKind",
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MeetingBlock_eventId_startsAt_idx" ON "MeetingBlock"("eventId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "EventSlot_eventId_startsAt_key" ON "EventSlot"("eventId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "EventTable_eventId_name_key" ON "EventTable"("eventId", "name");

-- CreateIndex
CREATE INDEX "EventMeeting_eventId_status_idx" ON "EventMeeting"("eventId", "status");

-- CreateIndex
CREATE INDEX "EventMeeting_requesterId_idx" ON "EventMeeting"("requesterId");

-- CreateIndex
CREATE INDEX "EventMeeting_inviteeId_idx" ON "EventMeeting"("inviteeId");

-- CreateIndex
CREATE INDEX "MeetingClaim_meetingId_idx" ON "MeetingClaim"("meetingId");

-- CreateIndex
CREATE INDEX "FollowUp_dueAt_sentAt_idx" ON "FollowUp"("dueAt", "sentAt");

-- CreateIndex
CREATE UNIQUE INDEX "FollowUp_meetingId_organisationId_key" ON "FollowUp"("meetingId", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "FollowUp_introductionId_organisationId_key" ON "FollowUp"("introductionId", "organisationId");

-- AddForeignKey
ALTER TABLE "MeetingPlan" ADD CONSTRAINT "MeetingPlan_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingBlock" ADD CONSTRAINT "MeetingBlock_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventSlot" ADD CONSTRAINT "EventSlot_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventSlot" ADD CONSTRAINT "EventSlot_blockId_fkey" FOREIGN KEY ("blockId") REFERENCES "MeetingBlock"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventTable" ADD CONSTRAINT "EventTable_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventMeeting" ADD CONSTRAINT "EventMeeting_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventMeeting" ADD CONSTRAINT "EventMeeting_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventMeeting" ADD CONSTRAINT "EventMeeting_inviteeId_fkey" FOREIGN KEY ("inviteeId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventMeeting" ADD CONSTRAINT "EventMeeting_requesterOrganisationId_fkey" FOREIGN KEY ("requesterOrganisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventMeeting" ADD CONSTRAINT "EventMeeting_inviteeOrganisationId_fkey" FOREIGN KEY ("inviteeOrganisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventMeeting" ADD CONSTRAINT "EventMeeting_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "EventSlot"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventMeeting" ADD CONSTRAINT "EventMeeting_tableId_fkey" FOREIGN KEY ("tableId") REFERENCES "EventTable"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingClaim" ADD CONSTRAINT "MeetingClaim_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "EventSlot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingClaim" ADD CONSTRAINT "MeetingClaim_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "EventMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingWish" ADD CONSTRAINT "MeetingWish_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingWish" ADD CONSTRAINT "MeetingWish_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingWish" ADD CONSTRAINT "MeetingWish_toId_fkey" FOREIGN KEY ("toId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingRating" ADD CONSTRAINT "MeetingRating_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "EventMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingRating" ADD CONSTRAINT "MeetingRating_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "EventMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_introductionId_fkey" FOREIGN KEY ("introductionId") REFERENCES "IntroductionRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Rules the database keeps even if a caller forgets them.
ALTER TABLE "MeetingBlock" ADD CONSTRAINT "MeetingBlock_ends_after_it_starts" CHECK ("endsAt" > "startsAt");
ALTER TABLE "MeetingBlock" ADD CONSTRAINT "MeetingBlock_lengths" CHECK ("slotMinutes" BETWEEN 5 AND 240 AND "breakMinutes" BETWEEN 0 AND 120);
ALTER TABLE "EventSlot" ADD CONSTRAINT "EventSlot_ends_after_it_starts" CHECK ("endsAt" > "startsAt");
ALTER TABLE "MeetingPlan" ADD CONSTRAINT "MeetingPlan_limits" CHECK ("maxPendingRequests" BETWEEN 1 AND 100 AND "followUpMonths" BETWEEN 1 AND 24);
ALTER TABLE "EventMeeting" ADD CONSTRAINT "EventMeeting_two_organisations" CHECK ("requesterId" <> "inviteeId" AND "requesterOrganisationId" <> "inviteeOrganisationId");
-- A meeting that holds a slot holds a table once it is confirmed.
ALTER TABLE "EventMeeting" ADD CONSTRAINT "EventMeeting_confirmed_has_table" CHECK ("status" NOT IN ('accepted', 'proposed', 'scheduled') OR ("slotId" IS NOT NULL AND "tableId" IS NOT NULL));
ALTER TABLE "MeetingClaim" ADD CONSTRAINT "MeetingClaim_holder_kind" CHECK ("holder" ~ '^(person|organisation|table):.+$');
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_about_one_thing" CHECK (("meetingId" IS NULL) <> ("introductionId" IS NULL));
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_agreement_kind" CHECK (("answer" = 'agreement') = ("agreementKind" IS NOT NULL) OR "answer" IS NULL);
