-- CreateTable
CREATE TABLE "LeadBrokering" (
    "market" TEXT NOT NULL,
    "euId" TEXT NOT NULL,
    "jpId" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "byId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LeadBrokering_pkey" PRIMARY KEY ("market","euId","jpId")
);

-- AddForeignKey
ALTER TABLE "LeadBrokering" ADD CONSTRAINT "LeadBrokering_euId_fkey" FOREIGN KEY ("euId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadBrokering" ADD CONSTRAINT "LeadBrokering_jpId_fkey" FOREIGN KEY ("jpId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadBrokering" ADD CONSTRAINT "LeadBrokering_byId_fkey" FOREIGN KEY ("byId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
