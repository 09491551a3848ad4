import type { Account, Profile } from "next-auth";

/**
 * Whether the OAuth provider vouches for the email address: Google says so in the profile
 * (`email_verified`); GitHub in its list of the user's emails, which needs one request with
 * the access token. Anything else is unverified.
 */
export async function providerVerifiedEmail(
  email: string,
  account: Account,
  profile: Profile | undefined,
): Promise<boolean> {
  if (account.provider === "google")
    return (profile as { email_verified?: boolean } | undefined)?.email_verified === true;
  if (account.provider === "github" && account.access_token) {
    const response = await fetch("https://api.github.com/user/emails", {
      headers: {
        Authorization: `Bearer ${account.access_token}`,
        Accept: "application/vnd.github+json",
        "User-Agent": "Claimmark",
      },
      signal: AbortSignal.timeout(10_000),
    }).catch(() => null);
    if (!response?.ok) return false;
    const emails = (await response.json()) as { email: string; verified: boolean }[];
    return emails.some((e) => e.email.toLowerCase() === email.toLowerCase() && e.verified);
  }
  return false;
}
