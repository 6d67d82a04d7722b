import "server-only";
import { rm } from "node:fs/promises";
import path from "node:path";
import { JobError, type JobHandler } from "@/lib/jobs/job-handler";
import { EmailPayload } from "./email-payload";
import { attachmentFilesDir } from "./mail-dirs";
import { sendEmail } from "./send-email";

/** The outbox handler for kind "email". */
export const sendEmailJob: JobHandler = async (payload) => {
  const parsed = EmailPayload.safeParse(payload);
  if (!parsed.success) throw new JobError("invalid email payload", { permanent: true });
  try {
    await sendEmail(parsed.data);
  } catch (error) {
    // SMTP replies carry a code (5xx = permanent refusal, 4xx = try later).
    const code = (error as { responseCode?: unknown }).responseCode;
    const responseCode = typeof code === "number" ? code : undefined;
    throw new JobError(error instanceof Error ? error.message : String(error), { responseCode, cause: error });
  }
  // Sent: large attachment files are no longer needed.
  for (const a of parsed.data.attachments ?? []) {
    if ("file" in a) await rm(path.join(attachmentFilesDir(), a.file), { force: true });
  }
};
