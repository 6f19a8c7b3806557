-- CreateTable
CREATE TABLE "OrganisationSlugAlias" (
    "slug" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrganisationSlugAlias_pkey" PRIMARY KEY ("slug")
);

-- CreateIndex
CREATE INDEX "OrganisationSlugAlias_organisationId_idx" ON "OrganisationSlugAlias"("organisationId");

-- AddForeignKey
ALTER TABLE "OrganisationSlugAlias" ADD CONSTRAINT "OrganisationSlugAlias_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
