import { getDb } from "@/server/db";
import { countAssignedOpenClaims } from "@/lib/data/assigned-count";

/** How many open claims wait for this reviewer, shown beside "Review" in the header. */
export async function ReviewCount({ userId }: { userId: string }) {
  const count = await countAssignedOpenClaims(await getDb(), userId);
  if (count === 0) return null;
  return (
    <span className="count-badge" aria-label={`${count} assigned to you`}>
      {count}
    </span>
  );
}
