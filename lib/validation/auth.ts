import { z } from "zod";

/** An email address as every form takes it: trimmed, lower-cased, checked. */
export const emailSchema = z
  .string({ message: "Enter an email address." })
  .trim()
  .toLowerCase()
  .max(254, "An email address can be at most 254 characters.")
  .pipe(z.email("Enter a valid email address, like name@example.org."));

/** The sign-up form, checked in the browser and again on the server. */
export const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "A name can be at most 100 characters."),
  email: emailSchema,
  password: z
    .string()
    .min(8, "Use at least 8 characters for the password.")
    .max(200, "A password can be at most 200 characters.")
    .refine((password) => password.trim() !== "", "A password cannot be only spaces."),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

/** The sign-in form. Shape only: whether the pair is right is the server's business. */
export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Enter your email address.")
    .max(254, "An email address can be at most 254 characters."),
  password: z.string().min(1, "Enter your password.").max(200, "A password can be at most 200 characters."),
});
export type SignInInput = z.infer<typeof signInSchema>;
