import { redirect } from "next/navigation";

// Staff start in the app; the public catalog gets its own home when it lands.
export default function Root() {
  redirect("/app");
}
