-- CreateTable
CREATE TABLE "SuggestionCache" (
    "organisationId" TEXT NOT NULL,
    "partnerIds" TEXT[],
    "localPartnerIds" TEXT[],
    "partnerFloor" INTEGER,
    "localFloor" INTEGER,
    "profileVersion" INTEGER NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SuggestionCache_pkey" PRIMARY KEY ("organisationId")
);

-- CreateIndex
CREATE INDEX "Organisation_updatedAt_idx" ON "Organisation"("updatedAt");

-- AddForeignKey
ALTER TABLE "SuggestionCache" ADD CONSTRAINT "SuggestionCache_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
