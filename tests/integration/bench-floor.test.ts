import { describe, expect, it } from "vitest";
import { loader } from "~/routes/bench.floor";

// The floor page is served only by `npm run bench` (production build, BELONGING_BENCH=1; the
// benchmark's smoke run in npm test checks that side). Anywhere else it must not exist.
describe("the benchmark's floor page", () => {
  it("is an ordinary 404 outside the benchmark", async () => {
    const thrown = await loader().then(
      () => null,
      (error: unknown) => error,
    );
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).status).toBe(404);
  });
});
