import type { MetaFunction } from "@remix-run/node";
import { getEnv } from "~/utils/env.server";

// The benchmark's floor: the same document shell as every page, with no data of its own, so
// `npm run bench` can say how far each real page is from what the framework costs. It exists
// only in a production build run by the benchmark; everywhere else it is an ordinary 404.
export async function loader() {
  const env = getEnv();
  if (env.NODE_ENV !== "production" || env.BELONGING_BENCH !== "1") throw new Response("Not found", { status: 404 });
  return null;
}

export const meta: MetaFunction = () => [{ title: "Floor — Belonging" }, { name: "robots", content: "noindex" }];

export default function BenchFloor() {
  return (
    <div className="container page narrow">
      <h1>Floor</h1>
      <p>The benchmark&rsquo;s baseline page: the shop&rsquo;s document shell, with nothing loaded.</p>
    </div>
  );
}
