-- CreateEnum
CREATE TYPE "ReleaseStatus" AS ENUM ('CURRENT', 'SUPERSEDED');

-- CreateTable
CREATE TABLE "Theme" (
    "code" TEXT NOT NULL,
    "nameNl" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Theme_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "CategorySet" (
    "code" TEXT NOT NULL,
    "nameNl" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "categories" JSONB NOT NULL,

    CONSTRAINT "CategorySet_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "BasePopulation" (
    "code" TEXT NOT NULL,
    "nameNl" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "categorySetCode" TEXT,

    CONSTRAINT "BasePopulation_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "code" TEXT NOT NULL,
    "themeCode" TEXT NOT NULL,
    "nameNl" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "definitionNl" TEXT NOT NULL,
    "definitionEn" TEXT NOT NULL,
    "baseCode" TEXT NOT NULL,
    "sourceNl" TEXT NOT NULL,
    "sourceEn" TEXT NOT NULL,
    "higherIsWorse" BOOLEAN NOT NULL,
    "rateScale" INTEGER NOT NULL,
    "levels" "AreaLevel"[],
    "byCategory" BOOLEAN NOT NULL,
    "cbsKey" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Release" (
    "id" SERIAL NOT NULL,
    "status" "ReleaseStatus" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "gemeenteCode" VARCHAR(6) NOT NULL,
    "divisionYear" INTEGER NOT NULL,
    "years" INTEGER[],
    "isDemo" BOOLEAN NOT NULL,
    "parameters" JSONB NOT NULL,
    "ruleCounts" JSONB NOT NULL,
    "audit" JSONB NOT NULL,
    "inputFingerprint" CHAR(64) NOT NULL,

    CONSTRAINT "Release_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublishedValue" (
    "releaseId" INTEGER NOT NULL,
    "indicatorCode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "areaCode" VARCHAR(10) NOT NULL,
    "category" TEXT NOT NULL,
    "status" "FigureStatus" NOT NULL,
    "count" INTEGER,
    "base" INTEGER,
    "rate" DOUBLE PRECISION,

    CONSTRAINT "PublishedValue_pkey" PRIMARY KEY ("releaseId","indicatorCode","year","areaCode","category")
);

-- CreateIndex
CREATE INDEX "Release_status_idx" ON "Release"("status");

-- CreateIndex
CREATE INDEX "PublishedValue_releaseId_areaCode_idx" ON "PublishedValue"("releaseId", "areaCode");

-- AddForeignKey
ALTER TABLE "BasePopulation" ADD CONSTRAINT "BasePopulation_categorySetCode_fkey" FOREIGN KEY ("categorySetCode") REFERENCES "CategorySet"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_themeCode_fkey" FOREIGN KEY ("themeCode") REFERENCES "Theme"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_baseCode_fkey" FOREIGN KEY ("baseCode") REFERENCES "BasePopulation"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedValue" ADD CONSTRAINT "PublishedValue_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release"("id") ON DELETE CASCADE ON UPDATE CASCADE;
