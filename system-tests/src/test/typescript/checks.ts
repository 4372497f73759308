/**
 * What the scenario checks with, beyond node:assert: named steps whose failure says what the platform
 * answered, values the contract marks optional but the scenario needs, and errors read as the platform's
 * RFC 9457 problem details (the generated client throws a ResponseError for every status that is not 2xx).
 */
import assert from 'node:assert/strict';
import { Problem, ProblemFromJSON, ResponseError } from '../../../target/generated-test-sources/twintowns-ts-client';

/** Runs one step of the scenario; a failure names the step and, for an HTTP error, what the platform answered. */
export async function step<T>(name: string, action: () => Promise<T>): Promise<T> {
  try {
    const result = await action();
    console.log(`ok   ${name}`);
    return result;
  } catch (error) {
    console.error(`FAIL ${name}`);
    if (error instanceof ResponseError) {
      const { status, url } = error.response;
      throw new Error(`${name}: ${status} from ${url}: ${await error.response.text()}`, { cause: error });
    }
    throw error;
  }
}

/** The value, which must be there (a field the contract leaves optional, an environment variable). */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) {
    assert.fail(`${what} is missing`);
  }
  return value;
}

/** Waits for a call that must fail with the status, as application/problem+json; answers the typed problem. */
export async function expectProblem(status: number, call: Promise<unknown>): Promise<Problem> {
  const error = await call.then(
    (answer) => assert.fail(`expected ${status}, got a success: ${JSON.stringify(answer)}`),
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ResponseError)) {
    throw error;
  }
  assert.equal(error.response.status, status, `the status of ${error.response.url}`);
  assert.match(error.response.headers.get('Content-Type') ?? '', /^application\/problem\+json/);
  const problem = ProblemFromJSON(await error.response.json());
  assert.equal(problem.status, status, 'the problem repeats the status');
  assert.ok(problem.title, 'the problem has a title');
  return problem;
}
