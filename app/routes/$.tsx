import { Link } from "@remix-run/react";

export async function loader() {
  throw new Response("Not found", { status: 404 });
}

export default function NotFound() {
  return (
    <div className="container page narrow">
      <h1>We couldn't find that page</h1>
      <p>
        <Link to="/collections">Browse the shop</Link> or <Link to="/">go to the home page</Link>.
      </p>
    </div>
  );
}
