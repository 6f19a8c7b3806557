-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('webinar', 'brokerage', 'mission', 'workshop');

-- CreateEnum
CREATE TYPE "EventFormat" AS ENUM ('online', 'in_person', 'hybrid');

-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('draft', 'published', 'cancelled');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('pending', 'approved', 'declined', 'waitlisted', 'cancelled');

-- CreateEnum
CREATE TYPE "AttendanceMode" AS ENUM ('online', 'on_site');

-- AlterTable
ALTER TABLE "EmailMessage" ADD COLUMN     "attachment" JSONB;

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "EventKind" NOT NULL,
    "format" "EventFormat" NOT NULL,
    "status" "EventStatus" NOT NULL DEFAULT 'draft',
    "title" TEXT NOT NULL,
    "titleJa" TEXT,
    "description" TEXT NOT NULL,
    "descriptionJa" TEXT,
    "timeZone" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "city" TEXT,
    "venue" TEXT,
    "meetingUrl" TEXT,
    "materials" TEXT[],
    "technologies" TEXT[],
    "roles" TEXT[],
    "streams" TEXT[],
    "markets" TEXT[],
    "agenda" JSONB NOT NULL DEFAULT '[]',
    "contacts" JSONB NOT NULL DEFAULT '[]',
    "question" TEXT,
    "questionJa" TEXT,
    "capacity" INTEGER,
    "registrationOpensAt" TIMESTAMP(3),
    "registrationClosesAt" TIMESTAMP(3),
    "needsApproval" BOOLEAN NOT NULL DEFAULT false,
    "participantsShown" BOOLEAN NOT NULL DEFAULT false,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "publishedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventRegistration" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "registeredById" TEXT NOT NULL,
    "status" "RegistrationStatus" NOT NULL,
    "mode" "AttendanceMode" NOT NULL,
    "answer" TEXT,
    "listed" BOOLEAN NOT NULL DEFAULT true,
    "declineReason" TEXT,
    "waitingSince" TIMESTAMP(3),
    "attended" BOOLEAN,
    "reminderSentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "decidedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),

    CONSTRAINT "EventRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");

-- CreateIndex
CREATE INDEX "Event_status_startsAt_idx" ON "Event"("status", "startsAt");

-- CreateIndex
CREATE INDEX "EventRegistration_eventId_status_idx" ON "EventRegistration"("eventId", "status");

-- CreateIndex
CREATE INDEX "EventRegistration_userId_idx" ON "EventRegistration"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "EventRegistration_eventId_userId_key" ON "EventRegistration"("eventId", "userId");

-- AddForeignKey
ALTER TABLE "EventRegistration" ADD CONSTRAINT "EventRegistration_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventRegistration" ADD CONSTRAINT "EventRegistration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventRegistration" ADD CONSTRAINT "EventRegistration_registeredById_fkey" FOREIGN KEY ("registeredById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventRegistration" ADD CONSTRAINT "EventRegistration_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Rules the database keeps even if a caller forgets them.
ALTER TABLE "Event" ADD CONSTRAINT "Event_ends_after_it_starts" CHECK ("endsAt" > "startsAt");
ALTER TABLE "Event" ADD CONSTRAINT "Event_capacity_positive" CHECK ("capacity" IS NULL OR "capacity" > 0);

-- Pages kept ready are dropped when the data they may show changes (migration data_change_notifications).
CREATE TRIGGER "Event_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Event"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_data_changed"();
CREATE TRIGGER "EventRegistration_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "EventRegistration"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_data_changed"();
