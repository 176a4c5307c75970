-- AlterTable
ALTER TABLE "OutboxMail" ADD COLUMN     "nextAttemptAt" TIMESTAMP(3);
