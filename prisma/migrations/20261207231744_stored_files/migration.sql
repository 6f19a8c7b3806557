-- CreateEnum
CREATE TYPE "FilePurpose" AS ENUM ('logo', 'document', 'attachment');

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "logoFileId" TEXT;

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" TEXT NOT NULL,
    "purpose" "FilePurpose" NOT NULL,
    "organisationId" TEXT NOT NULL,
    "introductionId" TEXT,
    "uploadedById" TEXT,
    "fileName" TEXT NOT NULL,
    "title" TEXT,
    "contentType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "storageKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FileBlob" (
    "key" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FileBlob_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "StoredFile_storageKey_key" ON "StoredFile"("storageKey");

-- CreateIndex
CREATE INDEX "StoredFile_organisationId_purpose_createdAt_idx" ON "StoredFile"("organisationId", "purpose", "createdAt");

-- CreateIndex
CREATE INDEX "StoredFile_introductionId_createdAt_idx" ON "StoredFile"("introductionId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_logoFileId_key" ON "Organisation"("logoFileId");

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_logoFileId_fkey" FOREIGN KEY ("logoFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_introductionId_fkey" FOREIGN KEY ("introductionId") REFERENCES "IntroductionRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Profile pages list an organisation's documents: a change to them must reach pages kept ready.
CREATE TRIGGER "StoredFile_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "StoredFile"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_data_changed();

ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_size_positive" CHECK ("byteSize" > 0);
-- Attachments belong to an introduction; logos and documents to a profile only.
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_attachment_has_introduction"
  CHECK (("purpose" = 'attachment') = ("introductionId" IS NOT NULL));
