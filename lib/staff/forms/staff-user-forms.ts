import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../hash-password.ts";
import { EmailField } from "../staff-email.ts";
import { STAFF_ROLES } from "../staff-roles.ts";

export const PasswordField = z.string("required").min(MIN_PASSWORD_LENGTH, "tooShort").max(MAX_PASSWORD_LENGTH, "tooLong");

export const CreateStaffForm = z.object({
  email: EmailField,
  name: z.string("required").trim().min(1, "required").max(120, "tooLong"),
  password: PasswordField,
  role: z.enum(STAFF_ROLES, "choose"),
});

export const SetDisabledForm = z.object({
  staffId: z.coerce.number().int().positive().max(2_147_483_647),
  disabled: z.enum(["true", "false"]).transform((value) => value === "true"),
});
