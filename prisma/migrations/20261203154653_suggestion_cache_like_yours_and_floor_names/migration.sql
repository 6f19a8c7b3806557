-- AlterTable
ALTER TABLE "SuggestionCache" ADD COLUMN     "likeYoursIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "localFloorName" TEXT,
ADD COLUMN     "partnerFloorName" TEXT;
