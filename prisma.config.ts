import { defineConfig } from "prisma/config";

// Read by the ordinary Prisma CLI (for people with internet access, who can download its
// native engine): `DATABASE_URL=postgresql://… npx prisma migrate status` works on the
// same migrations. The portal itself never runs the CLI's engine; see lib/db/migrations.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL || undefined },
});
