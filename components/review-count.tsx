/** How many open claims wait for this reviewer, shown beside "Review" in the header. */
export function ReviewCount({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <span className="count-badge" aria-label={`${count} assigned to you`}>
      {count}
    </span>
  );
}
