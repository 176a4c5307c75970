-- CreateTable
CREATE TABLE "Facility" (
    "id" SERIAL NOT NULL,
    "type" TEXT NOT NULL,
    "name" TEXT,
    "lon" DOUBLE PRECISION NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "x" DOUBLE PRECISION NOT NULL,
    "y" DOUBLE PRECISION NOT NULL,
    "buurtCode" VARCHAR(10),
    "sourceRef" TEXT,
    "isDemo" BOOLEAN NOT NULL,

    CONSTRAINT "Facility_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FacilityReach" (
    "areaYear" INTEGER NOT NULL,
    "buurtCode" VARCHAR(10) NOT NULL,
    "type" TEXT NOT NULL,
    "meanMeters" DOUBLE PRECISION NOT NULL,
    "within400" DOUBLE PRECISION NOT NULL,
    "within800" DOUBLE PRECISION NOT NULL,
    "within1200" DOUBLE PRECISION NOT NULL,
    "gridPoints" INTEGER NOT NULL,
    "isDemo" BOOLEAN NOT NULL,

    CONSTRAINT "FacilityReach_pkey" PRIMARY KEY ("areaYear","buurtCode","type")
);

-- CreateTable
CREATE TABLE "Ambition" (
    "id" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "titleNl" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "textNl" TEXT NOT NULL,
    "textEn" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "documentUrl" TEXT,
    "geometry" JSONB NOT NULL,
    "isDemo" BOOLEAN NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Ambition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AmbitionBuurt" (
    "ambitionId" TEXT NOT NULL,
    "areaYear" INTEGER NOT NULL,
    "buurtCode" VARCHAR(10) NOT NULL,
    "overlapM2" DOUBLE PRECISION NOT NULL,
    "shareOfBuurt" DOUBLE PRECISION NOT NULL,
    "shareOfAmbition" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "AmbitionBuurt_pkey" PRIMARY KEY ("ambitionId","areaYear","buurtCode")
);

-- CreateIndex
CREATE INDEX "Facility_type_idx" ON "Facility"("type");

-- CreateIndex
CREATE INDEX "Facility_buurtCode_idx" ON "Facility"("buurtCode");

-- CreateIndex
CREATE INDEX "AmbitionBuurt_areaYear_buurtCode_idx" ON "AmbitionBuurt"("areaYear", "buurtCode");

-- AddForeignKey
ALTER TABLE "AmbitionBuurt" ADD CONSTRAINT "AmbitionBuurt_ambitionId_fkey" FOREIGN KEY ("ambitionId") REFERENCES "Ambition"("id") ON DELETE CASCADE ON UPDATE CASCADE;
