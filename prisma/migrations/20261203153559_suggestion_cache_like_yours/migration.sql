-- AlterTable
ALTER TABLE "SuggestionCache" ADD COLUMN     "likeYoursIds" TEXT[] DEFAULT ARRAY[]::TEXT[];
