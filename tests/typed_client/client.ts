// A front-end's use of the Content API through a client generated from its OpenAPI
// document. It must compile under `tsc --strict`: every parameter it passes and every
// field it reads, success or error, comes from the document's types.
//
// Usage: node build/client.js BASE_URL STORY_ID
import createClient from "openapi-fetch";

import type { components, paths } from "./generated/schema.js";

declare const process: { argv: string[]; exitCode?: number };

type Problem = components["schemas"]["ProblemOut"];
type StoryDetail = components["schemas"]["StoryDetail"];

// True only when A and B are the same type, so a looser error type fails the build.
type Same<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

const [baseUrl, storyArgument] = process.argv.slice(2);
if (baseUrl === undefined || storyArgument === undefined) {
  throw new Error("usage: node build/client.js BASE_URL STORY_ID");
}
const storyId = Number(storyArgument);
const client = createClient<paths>({ baseUrl });

function describeProblem(problem: Problem, contentType: string | null) {
  return {
    status: problem.status,
    title: problem.title,
    type: problem.type,
    content_type: contentType,
    invalid_params: (problem.invalid_params ?? []).map((param) => ({
      name: param.name,
      reason: param.reason,
    })),
    valid_locales: problem.valid_locales ?? null,
  };
}

function summary(story: StoryDetail) {
  return {
    id: story.id,
    locale: story.locale,
    requested_locale: story.requested_locale,
    is_fallback: story.is_fallback,
    title: story.title,
    translations: story.translations.map((link) => link.locale),
    blocks: story.body.length,
  };
}

async function main() {
  const detail = await client.GET("/api/v1/stories/{story_id}", {
    params: { path: { story_id: storyId }, query: { locale: "ru" } },
  });
  if (detail.error !== undefined || detail.data === undefined) {
    throw new Error(`story ${storyId} answered ${detail.response.status}`);
  }

  const list = await client.GET("/api/v1/stories", {
    params: { query: { locale: "ru", country: "TR", order: "title", limit: 5 } },
  });
  if (list.data === undefined) {
    throw new Error(`the story list answered ${list.response.status}`);
  }

  const refused = await client.GET("/api/v1/stories", {
    params: { query: { place: "no-such-place", locale: "en" } },
  });
  const refusedIsProblem: Same<NonNullable<typeof refused.error>, Problem> = true;
  if (refused.error === undefined) {
    throw new Error(`an unknown place answered ${refused.response.status}`);
  }

  const missing = await client.GET("/api/v1/stories/{story_id}", {
    params: { path: { story_id: 2147483000 }, query: { locale: "ru" } },
  });
  if (missing.error === undefined) {
    throw new Error(`a missing story answered ${missing.response.status}`);
  }

  const themesByHeader = await client.GET("/api/v1/themes", {
    params: { header: { "Accept-Language": "ru" } },
  });

  console.log(
    JSON.stringify({
      detail: summary(detail.data),
      list: {
        count: list.data.count,
        ids: list.data.items.map((story) => story.id),
        locales: list.data.items.map((story) => story.locale),
      },
      bad_request: {
        typed: refusedIsProblem,
        ...describeProblem(refused.error, refused.response.headers.get("content-type")),
      },
      not_found: describeProblem(missing.error, missing.response.headers.get("content-type")),
      themes_by_header: (themesByHeader.data ?? []).map((theme) => theme.locale),
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
