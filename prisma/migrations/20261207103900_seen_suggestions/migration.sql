-- CreateTable
CREATE TABLE "SeenSuggestions" (
    "userId" TEXT NOT NULL,
    "partnerIds" TEXT[],
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SeenSuggestions_pkey" PRIMARY KEY ("userId")
);

-- AddForeignKey
ALTER TABLE "SeenSuggestions" ADD CONSTRAINT "SeenSuggestions_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
