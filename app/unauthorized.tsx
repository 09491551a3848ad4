import { SignInToContinue } from "@/components/sign-in-to-continue";

export default function Unauthorized() {
  return (
    <main className="page page-narrow">
      <h1>Sign in needed</h1>
      <p>This page is for signed-in members of the desk.</p>
      <SignInToContinue />
    </main>
  );
}
