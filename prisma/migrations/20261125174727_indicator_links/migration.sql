-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "sensitive" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "subsetOf" TEXT[];
