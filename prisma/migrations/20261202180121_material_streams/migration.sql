-- CreateEnum
CREATE TYPE "DismissalReason" AS ENUM ('competitor', 'wrong_material', 'wrong_region', 'other');

-- CreateEnum
CREATE TYPE "BrokerRequestStatus" AS ENUM ('open', 'handled');

-- AlterEnum
ALTER TYPE "TaxonomyKind" ADD VALUE 'stream';

-- AlterTable
ALTER TABLE "TaxonomyTerm" ADD COLUMN     "ewcCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "hazardous" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "hsCodes" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "streams" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "suppliesStreams" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "takesStreams" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "SuggestionDismissal" ADD COLUMN     "reason" "DismissalReason";

-- CreateTable
CREATE TABLE "LeadIntroductionRequest" (
    "id" TEXT NOT NULL,
    "market" TEXT NOT NULL,
    "euId" TEXT NOT NULL,
    "jpId" TEXT NOT NULL,
    "localId" TEXT,
    "requestedById" TEXT,
    "requestedByOrganisationId" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "status" "BrokerRequestStatus" NOT NULL DEFAULT 'open',
    "handledById" TEXT,
    "handledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LeadIntroductionRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LeadIntroductionRequest_status_createdAt_idx" ON "LeadIntroductionRequest"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "LeadIntroductionRequest_market_euId_jpId_requestedByOrganis_key" ON "LeadIntroductionRequest"("market", "euId", "jpId", "requestedByOrganisationId");

-- CreateIndex
CREATE INDEX "Organisation_suppliesStreams_idx" ON "Organisation" USING GIN ("suppliesStreams");

-- CreateIndex
CREATE INDEX "Organisation_takesStreams_idx" ON "Organisation" USING GIN ("takesStreams");

-- AddForeignKey
ALTER TABLE "LeadIntroductionRequest" ADD CONSTRAINT "LeadIntroductionRequest_euId_fkey" FOREIGN KEY ("euId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadIntroductionRequest" ADD CONSTRAINT "LeadIntroductionRequest_jpId_fkey" FOREIGN KEY ("jpId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadIntroductionRequest" ADD CONSTRAINT "LeadIntroductionRequest_localId_fkey" FOREIGN KEY ("localId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadIntroductionRequest" ADD CONSTRAINT "LeadIntroductionRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadIntroductionRequest" ADD CONSTRAINT "LeadIntroductionRequest_handledById_fkey" FOREIGN KEY ("handledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Requests to broker a lead change what staff pages show: announced like every other table.
CREATE TRIGGER "LeadIntroductionRequest_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "LeadIntroductionRequest"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_data_changed"();
