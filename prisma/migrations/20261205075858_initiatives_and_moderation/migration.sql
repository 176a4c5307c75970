-- CreateEnum
CREATE TYPE "InitiativeStatus" AS ENUM ('SUBMITTED', 'CHANGES_REQUESTED', 'REJECTED', 'PUBLISHED', 'IN_PROGRESS', 'REALISED', 'CLOSED');

-- CreateEnum
CREATE TYPE "SubmitterKind" AS ENUM ('RESIDENT', 'ENTREPRENEUR', 'ORGANISATION');

-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('MODERATOR', 'ADMIN');

-- CreateTable
CREATE TABLE "Initiative" (
    "id" SERIAL NOT NULL,
    "reference" VARCHAR(20) NOT NULL,
    "idempotencyKey" VARCHAR(64) NOT NULL,
    "title" VARCHAR(120) NOT NULL,
    "description" VARCHAR(4000) NOT NULL,
    "category" VARCHAR(40) NOT NULL,
    "submitterKind" "SubmitterKind" NOT NULL,
    "areaYear" INTEGER NOT NULL,
    "buurtCode" VARCHAR(10) NOT NULL,
    "lon" DOUBLE PRECISION,
    "lat" DOUBLE PRECISION,
    "status" "InitiativeStatus" NOT NULL DEFAULT 'SUBMITTED',
    "publicReason" VARCHAR(1000),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "Initiative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InitiativeContact" (
    "initiativeId" INTEGER NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "locale" VARCHAR(5) NOT NULL,
    "unsubscribeToken" VARCHAR(64) NOT NULL,
    "unsubscribedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InitiativeContact_pkey" PRIMARY KEY ("initiativeId")
);

-- CreateTable
CREATE TABLE "InitiativeStatusChange" (
    "id" SERIAL NOT NULL,
    "initiativeId" INTEGER NOT NULL,
    "status" "InitiativeStatus" NOT NULL,
    "publicReason" VARCHAR(1000),
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InitiativeStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffUser" (
    "id" SERIAL NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "StaffRole" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "disabledAt" TIMESTAMP(3),

    CONSTRAINT "StaffUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffSession" (
    "tokenHash" CHAR(64) NOT NULL,
    "staffId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StaffSession_pkey" PRIMARY KEY ("tokenHash")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" SERIAL NOT NULL,
    "staffId" INTEGER,
    "staffName" VARCHAR(120) NOT NULL,
    "action" VARCHAR(40) NOT NULL,
    "initiativeId" INTEGER,
    "before" JSONB,
    "after" JSONB,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitWindow" (
    "key" VARCHAR(128) NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "RateLimitWindow_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateTable
CREATE TABLE "OutboxMail" (
    "id" SERIAL NOT NULL,
    "initiativeId" INTEGER,
    "to" VARCHAR(254) NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,

    CONSTRAINT "OutboxMail_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Initiative_reference_key" ON "Initiative"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "Initiative_idempotencyKey_key" ON "Initiative"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Initiative_status_buurtCode_idx" ON "Initiative"("status", "buurtCode");

-- CreateIndex
CREATE INDEX "Initiative_status_publishedAt_idx" ON "Initiative"("status", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "InitiativeContact_unsubscribeToken_key" ON "InitiativeContact"("unsubscribeToken");

-- CreateIndex
CREATE INDEX "InitiativeContact_createdAt_idx" ON "InitiativeContact"("createdAt");

-- CreateIndex
CREATE INDEX "InitiativeContact_email_idx" ON "InitiativeContact"("email");

-- CreateIndex
CREATE INDEX "InitiativeStatusChange_initiativeId_changedAt_idx" ON "InitiativeStatusChange"("initiativeId", "changedAt");

-- CreateIndex
CREATE UNIQUE INDEX "StaffUser_email_key" ON "StaffUser"("email");

-- CreateIndex
CREATE INDEX "StaffSession_staffId_idx" ON "StaffSession"("staffId");

-- CreateIndex
CREATE INDEX "StaffSession_expiresAt_idx" ON "StaffSession"("expiresAt");

-- CreateIndex
CREATE INDEX "AuditEntry_initiativeId_idx" ON "AuditEntry"("initiativeId");

-- CreateIndex
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");

-- CreateIndex
CREATE INDEX "RateLimitWindow_windowStart_idx" ON "RateLimitWindow"("windowStart");

-- CreateIndex
CREATE INDEX "OutboxMail_sentAt_createdAt_idx" ON "OutboxMail"("sentAt", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxMail_initiativeId_idx" ON "OutboxMail"("initiativeId");

-- AddForeignKey
ALTER TABLE "InitiativeContact" ADD CONSTRAINT "InitiativeContact_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeStatusChange" ADD CONSTRAINT "InitiativeStatusChange_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffSession" ADD CONSTRAINT "StaffSession_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;
