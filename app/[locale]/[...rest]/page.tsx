import { notFound } from "next/navigation";

// Any unknown path under a locale gets the translated not-found page of that locale.
export default function CatchAllPage() {
  notFound();
}
