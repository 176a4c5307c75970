import { z } from "zod";
import { type MailAddress, parseMailbox } from "./mail-address.ts";

// Mail goes out through the municipality's own SMTP relay, named by the environment like
// the database: a container or service file sets it, nothing is stored in the repository.

export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS whenever the server offers it. */
  secure: boolean;
  auth: { user: string; password: string } | null;
  from: MailAddress;
  /** How often every server process looks for mail that is due (a retry, or one a crash left behind). */
  intervalSeconds: number;
}

// An empty variable (SMTP_HOST= in a .env file) means "not set", as it does for a shell.
const optionalText = z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), z.string().trim().optional());

const Flag = z.preprocess(
  (value) => (typeof value === "string" ? value.trim().toLowerCase() : value),
  z.enum(["true", "false", "1", "0", "yes", "no", ""]).optional(),
);

const SmtpEnv = z
  .object({
    SMTP_HOST: optionalText,
    SMTP_PORT: z.preprocess((value) => (value === "" ? undefined : value), z.coerce.number().int().min(1).max(65535).optional()),
    SMTP_SECURE: Flag,
    SMTP_USER: optionalText,
    SMTP_PASSWORD: z.preprocess((value) => (value === "" ? undefined : value), z.string().optional()),
    MAIL_FROM: optionalText,
    OUTBOX_INTERVAL_SECONDS: z.preprocess((value) => (value === "" ? undefined : value), z.coerce.number().int().min(1).max(3600).default(60)),
  })
  .superRefine((env, context) => {
    if (!env.SMTP_HOST) return;
    if (!env.MAIL_FROM) context.addIssue({ code: "custom", path: ["MAIL_FROM"], message: "MAIL_FROM is required when SMTP_HOST is set" });
    else if (!parseMailbox(env.MAIL_FROM)) context.addIssue({ code: "custom", path: ["MAIL_FROM"], message: 'MAIL_FROM must be "Name <address@domain>" or "address@domain"' });
    if (Boolean(env.SMTP_USER) !== Boolean(env.SMTP_PASSWORD)) {
      context.addIssue({ code: "custom", path: ["SMTP_USER"], message: "SMTP_USER and SMTP_PASSWORD go together" });
    }
  });

export type SmtpEnvResult = { kind: "off" } | { kind: "invalid"; problems: string[] } | { kind: "on"; settings: SmtpSettings };

/**
 * The SMTP settings, or why there are none. Without SMTP_HOST mail stays in the outbox
 * (a development machine, or a portal that has no relay yet); a mistake in the settings
 * is reported by variable name and never with the password.
 */
export function readSmtpEnv(env: Record<string, string | undefined> = process.env): SmtpEnvResult {
  const parsed = SmtpEnv.safeParse(env);
  if (!parsed.success) {
    return { kind: "invalid", problems: parsed.error.issues.map((issue) => `${issue.path.join(".") || "SMTP"}: ${issue.message}`) };
  }
  const value = parsed.data;
  if (!value.SMTP_HOST) return { kind: "off" };
  const secure = ["true", "1", "yes"].includes(value.SMTP_SECURE ?? "");
  return {
    kind: "on",
    settings: {
      host: value.SMTP_HOST,
      port: value.SMTP_PORT ?? (secure ? 465 : 587),
      secure,
      auth: value.SMTP_USER && value.SMTP_PASSWORD ? { user: value.SMTP_USER, password: value.SMTP_PASSWORD } : null,
      from: parseMailbox(value.MAIL_FROM!)!,
      intervalSeconds: value.OUTBOX_INTERVAL_SECONDS,
    },
  };
}
