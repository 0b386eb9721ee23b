import { describe, expect, it } from "vitest";
import { InvalidEnvironmentError, parseEnv, parseServerEnv } from "~/utils/env.server";

const base = { DATABASE_URL: "postgresql://localhost/shop" };
const productionServices = { STRIPE_SECRET_KEY: "sk_live_123", STRIPE_WEBHOOK_SECRET: "whsec_123", SMTP_URL: "smtp://mail.example:587" };

describe("environment", () => {
  it("has working defaults for development", () => {
    const env = parseEnv({ ...base, NODE_ENV: "development" });
    expect(env.PORT).toBe(3000);
    expect(env.SHOP_CURRENCY).toBe("USD");
  });

  it("names every bad variable and what it expects", () => {
    let error: unknown;
    try {
      parseEnv({ DATABASE_URL: "mysql://nope", PORT: "eighty", SHOP_CURRENCY: "dollars", NODE_ENV: "development" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidEnvironmentError);
    const message = (error as Error).message;
    expect(message).toContain("DATABASE_URL must be a postgresql:// connection string");
    expect(message).toContain("PORT");
    expect(message).toContain("SHOP_CURRENCY must be an ISO 4217 code");
  });

  it("requires production secrets in production", () => {
    expect(() => parseEnv({ ...base, NODE_ENV: "production" })).toThrow(/SESSION_SECRET is required in production/);
    expect(() => parseEnv({ ...base, NODE_ENV: "production", SESSION_SECRET: "short", SHOP_URL: "https://x.example" })).toThrow(
      /SESSION_SECRET must be at least 32 characters/,
    );
    expect(parseEnv({ ...base, ...productionServices, NODE_ENV: "production", SESSION_SECRET: "s".repeat(32), SHOP_URL: "https://x.example" }).NODE_ENV).toBe(
      "production",
    );
  });

  it("requires Stripe and SMTP in production, and both Stripe keys together anywhere", () => {
    const production = { ...base, NODE_ENV: "production" as const, SESSION_SECRET: "s".repeat(32), SHOP_URL: "https://x.example" };
    let message = "";
    try {
      parseEnv(production);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("STRIPE_SECRET_KEY is required in production");
    expect(message).toContain("STRIPE_WEBHOOK_SECRET is required in production");
    expect(message).toContain("SMTP_URL is required in production");
    expect(() => parseEnv({ ...base, NODE_ENV: "development", STRIPE_SECRET_KEY: "sk_test_123" })).toThrow(
      /STRIPE_WEBHOOK_SECRET is required with the other Stripe key/,
    );
    expect(parseEnv({ ...base, NODE_ENV: "development" }).STRIPE_SECRET_KEY).toBeUndefined();
  });

  it("requires DATABASE_URL", () => {
    expect(() => parseEnv({ NODE_ENV: "development" })).toThrow(/DATABASE_URL is required/);
  });

  it("trusts no proxy unless told how many hops (TRUST_PROXY)", () => {
    expect(parseServerEnv({}).TRUST_PROXY).toBe(0);
    expect(parseServerEnv({ TRUST_PROXY: "1" }).TRUST_PROXY).toBe(1);
    expect(() => parseServerEnv({ TRUST_PROXY: "yes" })).toThrow(/TRUST_PROXY/);
    expect(() => parseServerEnv({ TRUST_PROXY: "-1" })).toThrow(/TRUST_PROXY/);
  });
});
