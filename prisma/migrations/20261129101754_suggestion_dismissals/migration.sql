-- CreateTable
CREATE TABLE "SuggestionDismissal" (
    "organisationId" TEXT NOT NULL,
    "dismissedId" TEXT NOT NULL,
    "dismissedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SuggestionDismissal_pkey" PRIMARY KEY ("organisationId","dismissedId")
);

-- AddForeignKey
ALTER TABLE "SuggestionDismissal" ADD CONSTRAINT "SuggestionDismissal_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionDismissal" ADD CONSTRAINT "SuggestionDismissal_dismissedId_fkey" FOREIGN KEY ("dismissedId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
