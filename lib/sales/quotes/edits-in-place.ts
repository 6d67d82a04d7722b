/**
 * Whether saving a quote edits its current revision (a draft nobody has seen or decided on) or
 * writes revision n+1 (the current one was sent, approved or rejected and stays as it was).
 * One rule for the service and the form's wording.
 */
export function editsInPlace(quote: { status: string }, revision: { approvalStatus: string; sentAt: Date | null }): boolean {
  const open = quote.status === "draft" || quote.status === "pending_approval";
  return open && (revision.approvalStatus === "none" || revision.approvalStatus === "pending") && revision.sentAt === null;
}
