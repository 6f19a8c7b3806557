-- CreateTable
CREATE TABLE "ProfileImport" (
    "id" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "rowNumbers" INTEGER[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importedAt" TIMESTAMP(3),
    "createdCount" INTEGER,
    "updatedCount" INTEGER,

    CONSTRAINT "ProfileImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProfileImport_createdById_createdAt_idx" ON "ProfileImport"("createdById", "createdAt");

-- AddForeignKey
ALTER TABLE "ProfileImport" ADD CONSTRAINT "ProfileImport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
