-- AlterTable
ALTER TABLE "BasePopulation" ADD COLUMN     "totalEquals" JSONB;

-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "fromBase" JSONB;
