-- CreateEnum
CREATE TYPE "AreaLevel" AS ENUM ('GEMEENTE', 'WIJK', 'BUURT');

-- CreateEnum
CREATE TYPE "FigureStatus" AS ENUM ('PUBLISHED', 'SUPPRESSED', 'NO_DATA');

-- CreateTable
CREATE TABLE "Area" (
    "year" INTEGER NOT NULL,
    "code" VARCHAR(10) NOT NULL,
    "level" "AreaLevel" NOT NULL,
    "name" TEXT NOT NULL,
    "gemeenteCode" VARCHAR(6) NOT NULL,
    "parentYear" INTEGER,
    "parentCode" VARCHAR(10),
    "geometry" JSONB NOT NULL,
    "derived" BOOLEAN NOT NULL DEFAULT false,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Area_pkey" PRIMARY KEY ("year","code")
);

-- CreateTable
CREATE TABLE "FigureDefinition" (
    "source" TEXT NOT NULL,
    "tableId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "topicGroup" TEXT,
    "unit" TEXT,
    "decimals" INTEGER NOT NULL DEFAULT 0,
    "description" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "FigureDefinition_pkey" PRIMARY KEY ("source","tableId","key")
);

-- CreateTable
CREATE TABLE "Figure" (
    "source" TEXT NOT NULL,
    "tableId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "areaCode" VARCHAR(10) NOT NULL,
    "year" INTEGER NOT NULL,
    "value" DOUBLE PRECISION,
    "status" "FigureStatus" NOT NULL,

    CONSTRAINT "Figure_pkey" PRIMARY KEY ("source","tableId","key","areaCode")
);

-- CreateTable
CREATE TABLE "ImportLog" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "summary" JSONB NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Area_gemeenteCode_year_level_idx" ON "Area"("gemeenteCode", "year", "level");

-- CreateIndex
CREATE INDEX "Area_code_idx" ON "Area"("code");

-- CreateIndex
CREATE INDEX "FigureDefinition_source_year_idx" ON "FigureDefinition"("source", "year");

-- CreateIndex
CREATE INDEX "Figure_areaCode_year_idx" ON "Figure"("areaCode", "year");

-- CreateIndex
CREATE INDEX "ImportLog_kind_importedAt_idx" ON "ImportLog"("kind", "importedAt");

-- AddForeignKey
ALTER TABLE "Area" ADD CONSTRAINT "Area_parentYear_parentCode_fkey" FOREIGN KEY ("parentYear", "parentCode") REFERENCES "Area"("year", "code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_source_tableId_key_fkey" FOREIGN KEY ("source", "tableId", "key") REFERENCES "FigureDefinition"("source", "tableId", "key") ON DELETE CASCADE ON UPDATE CASCADE;
