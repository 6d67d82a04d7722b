import { redirect } from "next/navigation";

/** The Service section starts at its case list. */
export default function ServicePage() {
  redirect("/app/service/cases");
}
