/** OpenAPI 3.1 description of the REST API (served at /api/v1/openapi.json). */
const error = { $ref: "#/components/schemas/Error" };
const errorResponses = (...codes: number[]) =>
  Object.fromEntries(
    codes.map((code) => [
      String(code),
      {
        description: { 401: "No valid bearer token", 403: "The token's role may not do this", 404: "Not found", 409: "Conflict (stale version, refused transition, locked article)", 422: "Invalid body or parameters" }[code] ?? "Error",
        content: { "application/json": { schema: error } },
      },
    ]),
  );
const idParam = { name: "id", in: "path", required: true, schema: { type: "string" } };
const jsonBody = (schema: object) => ({ required: true, content: { "application/json": { schema } } });
const ok = (description: string, schema: object = { type: "object" }) => ({ description, content: { "application/json": { schema } } });

export const OPENAPI = {
  openapi: "3.1.0",
  info: {
    title: "tadqiq REST API",
    version: "1.0.0",
    description: "Translation review for newsrooms: import articles, read aligned paragraph pairs, findings and issues, correct segments, flag and resolve issues, move articles through the workflow, export. Authenticate with a bearer token created on the Settings page or with `tadqiq token create`.",
  },
  servers: [{ url: "/api/v1" }],
  security: [{ bearer: [] }],
  components: {
    securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "API token (tdq_…)" } },
    schemas: {
      User: {
        type: "object",
        properties: {
          id: { type: "string" },
          email: { type: "string" },
          name: { type: "string" },
          role: { type: "string", enum: ["admin", "editor", "reviewer", "viewer"] },
          createdAt: { type: "string", format: "date-time" },
          deactivatedAt: { type: ["string", "null"], format: "date-time", description: "set while the account is deactivated" },
        },
      },
      NewPassword: { type: "string", minLength: 12, maxLength: 128, description: "12 to 128 characters, not a common or leaked password (422 with fieldCodes password.too-short, password.too-long or password.common); no composition rules" },
      UserScope: {
        type: "object",
        required: ["sourceLang", "targetLang", "role"],
        additionalProperties: false,
        properties: {
          sourceLang: { type: "string", example: "ar" },
          targetLang: { type: "string", example: "en" },
          role: { type: "string", enum: ["admin", "editor", "reviewer", "viewer"] },
        },
      },
      ApiToken: {
        type: "object",
        properties: { id: { type: "string" }, name: { type: "string" }, prefix: { type: "string" }, createdAt: { type: "string" }, lastUsedAt: { type: ["string", "null"] }, revokedAt: { type: ["string", "null"] } },
      },
      Error: {
        type: "object",
        required: ["error"],
        properties: {
          error: {
            type: "object",
            required: ["code", "message"],
            properties: { code: { type: "string", examples: ["auth.forbidden", "paragraph.conflict", "validation"] }, message: { type: "string" }, fields: { type: "object", additionalProperties: { type: "string" } }, fieldCodes: { type: "object", additionalProperties: { type: "string" } } },
          },
        },
      },
      NewArticle: {
        type: "object",
        required: ["sourceLang", "targetLang", "sourceText", "targetText"],
        properties: {
          title: { type: "string", maxLength: 300 },
          sourceLang: { type: "string", enum: ["ar", "en", "fr", "es", "he", "fa", "de", "it", "tr", "ur"] },
          targetLang: { type: "string", enum: ["ar", "en", "fr", "es", "he", "fa", "de", "it", "tr", "ur"] },
          sourceText: { type: "string", description: "One paragraph per line (or blank-line separated blocks); at most 2 MB and 2,000 paragraphs" },
          targetText: { type: "string" },
          confirmScripts: {
            type: "boolean",
            default: false,
            description: "Create the article even when the texts look swapped (source mostly in the translation's script and the translation in the source's, e.g. English sent as the Arabic source); without it such a body is refused with 422 article.scripts-swapped",
          },
        },
      },
      Pair: {
        type: "object",
        properties: {
          id: { type: "string", description: "row id" },
          row: { type: "integer", description: "row number from 1, as the review page, the reports and error messages say" },
          source: { type: "string" },
          target: { type: "string", description: "the row's corrected translation; excluded segments are left out" },
          segmentId: { type: ["string", "null"], description: "id of the first target segment, for PATCH /segments/{id}" },
          version: { type: ["integer", "null"] },
          reviewed: { type: "boolean" },
          segments: { type: "array", items: { $ref: "#/components/schemas/Segment" } },
        },
      },
      Segment: {
        type: "object",
        properties: {
          id: { type: "string" },
          side: { type: "string", enum: ["source", "target"] },
          position: { type: "integer", description: "0-based order within its side" },
          text: { type: "string" },
          originalText: { type: "string", description: "the imported text" },
          version: { type: "integer" },
          excluded: { type: "boolean", description: "left out of the corrected article and every export; restorable" },
        },
      },
      ChecklistItem: {
        type: "object",
        required: ["code", "state", "params"],
        properties: {
          code: { type: "string", enum: ["score", "critical-issues", "major-issues", "minor-issues", "undecided-findings", "rows-reviewed", "dismissed-by-others", "four-eyes"] },
          state: { type: "string", enum: ["ok", "warn", "block"] },
          params: { type: "object", additionalProperties: { type: ["string", "number"] } },
          rows: { type: "array", items: { type: "integer" }, description: "row numbers from 1, as on the review page" },
          issues: {
            type: "array",
            items: {
              type: "object",
              properties: {
                id: { type: "string" },
                row: { type: ["integer", "null"] },
                severity: { type: "string" },
                category: { type: "string" },
                quote: { type: "string" },
                authorName: { type: "string" },
                dismissedBy: { type: ["string", "null"] },
                reason: { type: ["string", "null"] },
              },
            },
          },
        },
      },
      NameEntry: {
        type: "object",
        description: "A name of the register: an Arabic name and how it is spelled in one target language, learned from approved articles",
        properties: {
          id: { type: "string" },
          targetLang: { type: "string" },
          key: { type: "string", description: "normalized Arabic (hamza forms, ta marbuta, the article folded)" },
          arabic: { type: "string" },
          kind: { type: ["string", "null"], enum: ["person", "place", "organization", null] },
          house: { type: ["string", "null"], description: "the house spelling QA holds translations to; null: none yet (no finding)" },
          houseSource: { type: ["string", "null"], enum: ["confirmed", "glossary", "learned", null], description: "chosen by an editor, the glossary's translation, or the learned majority (2+ approved articles and 75% of the uses)" },
          confirmedBy: { type: ["string", "null"] },
          confirmedAt: { type: ["string", "null"], format: "date-time" },
          spellings: {
            type: "array",
            items: { type: "object", properties: { id: { type: "string" }, spelling: { type: "string" }, count: { type: "integer", description: "approved articles using it" }, distinct: { type: "boolean", description: "a different person or place with the same Arabic name: never reported or corrected" } } },
          },
        },
      },
      NameFixCount: {
        type: "object",
        properties: { arabic: { type: "string" }, from: { type: "string" }, to: { type: "string" }, articles: { type: "integer" }, paragraphs: { type: "integer" } },
      },
      Article: {
        type: "object",
        properties: {
          id: { type: "string" },
          title: { type: "string" },
          sourceLang: { type: "string" },
          targetLang: { type: "string" },
          status: { type: "string", enum: ["draft", "in_review", "approved", "published"] },
          passThreshold: { type: "number", minimum: 0, maximum: 100, description: "pass threshold on the quality score" },
          qaPending: { type: "boolean", description: "true while QA of a recent change is running, or after a run did not finish" },
          qaState: { type: "string", enum: ["current", "running", "timed-out", "failed"] },
          score: {
            type: "object",
            description: "Quality score over open issues: 100 − penalty × 100 / max(sourceWords, wordBase), rounded down to 0.1; pass when quality ≥ threshold",
            properties: {
              quality: { type: "number", minimum: 0, maximum: 100 },
              threshold: { type: "number", minimum: 0, maximum: 100 },
              pass: { type: "boolean" },
              penalty: { type: "number", description: "penalty points of open issues: minor 1, major 5, critical 25" },
              sourceWords: { type: "integer" },
              wordBase: { type: "integer", description: "shorter sources are scored as if they had this many words" },
            },
          },
          pairs: { type: "array", items: { $ref: "#/components/schemas/Pair" } },
          findings: { type: "array", items: { type: "object" } },
          issues: { type: "array", items: { type: "object" } },
        },
      },
    },
  },
  paths: {
    "/names": {
      get: {
        summary: "A page of the name register of one target language (reviewers, editors, admins)",
        parameters: [
          { name: "targetLang", in: "query", schema: { type: "string", default: "en" } },
          { name: "q", in: "query", schema: { type: "string", maxLength: 200 }, description: "Arabic (matched within the normalized key) or Latin (matched within the folded spellings: case, accents, al-/el-, hyphens)" },
          { name: "page", in: "query", schema: { type: "integer", minimum: 1, default: 1 } },
          { name: "pageSize", in: "query", schema: { type: "integer", minimum: 1, maximum: 200, default: 50 } },
        ],
        responses: { "200": ok("A page of names", { type: "object", properties: { items: { type: "array", items: { $ref: "#/components/schemas/NameEntry" } }, total: { type: "integer" }, page: { type: "integer" }, pageSize: { type: "integer" } } }), ...errorResponses(401, 403, 422) },
      },
    },
    "/names/{id}": {
      get: {
        summary: "One register name with the approved articles behind each spelling",
        parameters: [idParam],
        responses: { "200": ok("The name, with evidence (spelling id → up to 20 articles the token's user may read) and canEdit", { $ref: "#/components/schemas/NameEntry" }), ...errorResponses(401, 403, 404) },
      },
      patch: {
        summary: "Choose or confirm the house spelling, mark a spelling as a different person or place, set the kind (editors, admins)",
        parameters: [idParam],
        requestBody: jsonBody({
          type: "object",
          additionalProperties: false,
          properties: {
            house: { type: ["string", "null"], maxLength: 200, description: "a spelling (new ones are added); null goes back to the learned majority" },
            distinct: { type: "object", required: ["spellingId", "distinct"], properties: { spellingId: { type: "string" }, distinct: { type: "boolean" } } },
            kind: { type: ["string", "null"], enum: ["person", "place", "organization", null] },
          },
        }),
        responses: { "200": ok("The name after the change", { $ref: "#/components/schemas/NameEntry" }), ...errorResponses(401, 403, 404, 422) },
      },
      delete: { summary: "Remove a name with its spellings and evidence (editors, admins)", parameters: [idParam], responses: { "204": { description: "Removed" }, ...errorResponses(401, 403, 404) } },
    },
    "/names/{id}/fix-all": {
      post: {
        summary: "Replace a spelling with the house spelling in every open article (editors, admins)",
        description: "Every article of Arabic → the name's language that is not approved or published, that the token's user may correct, and whose Arabic source contains the name: each translation paragraph holding the spelling as a whole word gets the house spelling, as a normal revision (kind apply-all) with its audit entry. `dryRun: true` only counts. 422 names.no-house without a house spelling, names.fix-distinct for a spelling marked as a different person.",
        parameters: [idParam],
        requestBody: jsonBody({ type: "object", required: ["spelling"], additionalProperties: false, properties: { spelling: { type: "string", maxLength: 200 }, dryRun: { type: "boolean", default: false } } }),
        responses: { "200": ok("Articles and paragraphs changed (or that would be)", { $ref: "#/components/schemas/NameFixCount" }), ...errorResponses(401, 403, 404, 422) },
      },
    },
    "/users": {
      get: { summary: "List accounts (admins only)", responses: { "200": ok("Every account", { type: "object", properties: { items: { type: "array", items: { $ref: "#/components/schemas/User" } } } }), ...errorResponses(401, 403) } },
      post: {
        summary: "Create an account (admins only)",
        requestBody: jsonBody({ type: "object", required: ["email", "password", "name", "role"], properties: { email: { type: "string", format: "email" }, password: { $ref: "#/components/schemas/NewPassword" }, name: { type: "string", maxLength: 60 }, role: { type: "string", enum: ["admin", "editor", "reviewer", "viewer"] } } }),
        responses: { "201": ok("The account", { $ref: "#/components/schemas/User" }), "409": ok("user.email-taken", error), ...errorResponses(401, 403, 422) },
      },
    },
    "/users/{id}": {
      get: { summary: "One account (admins only)", parameters: [idParam], responses: { "200": ok("The account", { $ref: "#/components/schemas/User" }), ...errorResponses(401, 403, 404) } },
      patch: {
        summary: "Change an account's role (admins only); it counts from the user's next request",
        parameters: [idParam],
        requestBody: jsonBody({ type: "object", required: ["role"], properties: { role: { type: "string", enum: ["admin", "editor", "reviewer", "viewer"] } } }),
        responses: { "200": ok("The account", { $ref: "#/components/schemas/User" }), "409": ok("user.last-admin: the last active admin keeps the role", error), ...errorResponses(401, 403, 404, 422) },
      },
    },
    "/users/{id}/deactivate": {
      post: {
        summary: "Off-board an account: sign-in refused, sessions ended and API tokens revoked at once (admins only)",
        parameters: [idParam],
        responses: { "200": ok("The account, with deactivatedAt set", { $ref: "#/components/schemas/User" }), "409": ok("user.self-deactivate or user.last-admin", error), ...errorResponses(401, 403, 404) },
      },
    },
    "/users/{id}/reactivate": {
      post: { summary: "Let a deactivated account sign in again; revoked tokens stay revoked (admins only)", parameters: [idParam], responses: { "200": ok("The account", { $ref: "#/components/schemas/User" }), ...errorResponses(401, 403, 404) } },
    },
    "/users/{id}/password": {
      post: {
        summary: "Set a new password for an account and end its sessions (admins only)",
        parameters: [idParam],
        requestBody: jsonBody({ type: "object", required: ["password"], properties: { password: { $ref: "#/components/schemas/NewPassword" } } }),
        responses: { "200": ok("Done", { type: "object", properties: { id: { type: "string" }, passwordReset: { type: "boolean" } } }), ...errorResponses(401, 403, 404, 422) },
      },
    },
    "/users/{id}/tokens": {
      get: { summary: "An account's API tokens, without their secrets (admins only)", parameters: [idParam], responses: { "200": ok("The tokens", { type: "object", properties: { items: { type: "array", items: { $ref: "#/components/schemas/ApiToken" } } } }), ...errorResponses(401, 403, 404) } },
    },
    "/users/{id}/scopes": {
      get: { summary: "An account's desk roles: its role for the articles of a language pair, in place of its global role (admins only)", parameters: [idParam], responses: { "200": ok("The desk roles", { type: "object", properties: { items: { type: "array", items: { $ref: "#/components/schemas/UserScope" } } } }), ...errorResponses(401, 403, 404) } },
      put: {
        summary: "Replace an account's desk roles (admins only)",
        description: "One role per language pair (`ar`→`en`…); an empty list removes them all, so the global role applies everywhere. Each added, changed or removed desk role is an audit entry (`user.scope.add`, `user.scope.remove`). It counts from the user's next request. A pair listed twice, an unknown language or role: 422.",
        parameters: [idParam],
        requestBody: jsonBody({ type: "object", required: ["scopes"], additionalProperties: false, properties: { scopes: { type: "array", maxItems: 100, items: { $ref: "#/components/schemas/UserScope" } } } }),
        responses: { "200": ok("The desk roles now", { type: "object", properties: { items: { type: "array", items: { $ref: "#/components/schemas/UserScope" } } } }), ...errorResponses(401, 403, 404, 422) },
      },
    },
    "/users/{id}/tokens/{tokenId}": {
      delete: {
        summary: "Revoke one of an account's API tokens; it stops working at once (admins only)",
        parameters: [idParam, { name: "tokenId", in: "path", required: true, schema: { type: "string" } }],
        responses: { "200": ok("Revoked", { type: "object", properties: { id: { type: "string" }, revoked: { type: "boolean" } } }), ...errorResponses(401, 403, 404) },
      },
    },
    "/articles": {
      get: {
        summary: "List articles (paginated)",
        parameters: [
          { name: "state", in: "query", schema: { type: "string", enum: ["draft", "in_review", "approved", "published"] } },
          { name: "q", in: "query", schema: { type: "string" }, description: "full-text search: articles whose title or one paragraph (source or translation) holds every word, as a word start; Arabic letter variants, diacritics and case do not matter" },
          { name: "assignee", in: "query", schema: { type: "string" }, description: "me, none or a user id" },
          { name: "pair", in: "query", schema: { type: "string" }, description: "e.g. ar-en" },
          { name: "score", in: "query", schema: { type: "string", enum: ["pass", "fail"] } },
          { name: "sort", in: "query", schema: { type: "string", enum: ["updated", "title", "score", "issues"], default: "updated" } },
          { name: "dir", in: "query", schema: { type: "string", enum: ["asc", "desc"] }, description: "default: desc for updated and issues, asc for title and score" },
          { name: "page", in: "query", schema: { type: "integer", minimum: 1 } },
          { name: "pageSize", in: "query", schema: { type: "integer", minimum: 1, maximum: 200 } },
        ],
        responses: { "200": ok("A page of articles", { type: "object", properties: { items: { type: "array" }, total: { type: "integer", description: "How many articles the filters select; with q and more than 1,000 matches: 1000 (see totalCapped)" }, totalCapped: { type: "boolean", description: "true when a search (q) has more than 1,000 matches: total is then 1000, a lower bound; pages past it can still be read" }, page: { type: "integer" }, pageSize: { type: "integer" } } }), ...errorResponses(401, 422) },
      },
      post: {
        summary: "Create an article (aligned and checked like an import from the page)",
        requestBody: jsonBody({ $ref: "#/components/schemas/NewArticle" }),
        responses: { "201": ok("The created article", { $ref: "#/components/schemas/Article" }), ...errorResponses(401, 403, 422) },
      },
    },
    "/articles/{id}": {
      get: { summary: "An article with its paragraph pairs, findings, issues and score", parameters: [idParam], responses: { "200": ok("The article", { $ref: "#/components/schemas/Article" }), ...errorResponses(401, 404) } },
      delete: {
        summary: "Deletes an article with its review data (administrators); its audit trail stays",
        parameters: [idParam],
        responses: { "200": ok("Deleted", { type: "object", required: ["id", "title", "deleted"], properties: { id: { type: "string" }, title: { type: "string" }, deleted: { type: "boolean", const: true } } }), ...errorResponses(401, 403, 404) },
      },
    },
    "/rows/{id}/reviewed": {
      put: {
        summary: "Tick or untick a paragraph pair's \"reviewed\" mark",
        description: "`{reviewed: true}` marks the pair (row id from the article's `pairs[].id`) reviewed by the token's user, `{reviewed: false}` clears the mark. The TMX export carries reviewed pairs only; approving an article marks all its pairs reviewed. Setting the mark a pair already has changes nothing (`changed: false`, the first reviewer and date are kept). Approved and published articles are read-only (409 `article.locked`).",
        parameters: [idParam],
        requestBody: jsonBody({ type: "object", required: ["reviewed"], additionalProperties: false, properties: { reviewed: { type: "boolean" } } }),
        responses: {
          "200": ok("The pair's mark", {
            type: "object",
            required: ["id", "articleId", "reviewed", "reviewedBy", "reviewedAt", "changed"],
            properties: {
              id: { type: "string" },
              articleId: { type: "string" },
              reviewed: { type: "boolean" },
              reviewedBy: { type: ["string", "null"] },
              reviewedAt: { type: ["string", "null"], format: "date-time" },
              changed: { type: "boolean" },
            },
          }),
          "409": ok("article.locked: the article is approved or published", error),
          ...errorResponses(401, 403, 404, 422),
        },
      },
    },
    "/segments/{id}": {
      patch: {
        summary: "Correct a translation segment, or exclude it from the corrected article (and restore it)",
        description: "Send either `{target, version}` to correct the text or `{excluded, version?}` to leave the segment out of the corrected article (`true`) or bring it back (`false`); both or neither is a 422. Excluding keeps the text and its history; excluded segments are left out of every export and of the QA checks. Excluding a segment already excluded changes nothing (`changed: false`).",
        parameters: [idParam],
        requestBody: jsonBody({
          oneOf: [
            { type: "object", required: ["target", "version"], properties: { target: { type: "string", minLength: 1, maxLength: 20000 }, version: { type: "integer", description: "the version the change is based on" } } },
            { type: "object", required: ["excluded"], properties: { excluded: { type: "boolean" }, version: { type: "integer", description: "when given, refused with 409 if the segment changed since" } } },
          ],
        }),
        responses: {
          "200": ok("Saved", { type: "object", properties: { id: { type: "string" }, version: { type: "integer" }, excluded: { type: "boolean", description: "exclusion requests only" }, changed: { type: "boolean", description: "exclusion requests only" } } }),
          "409": ok("Stale version (body has current.target, current.version and, for exclusion requests, current.excluded) or locked article", { type: "object" }),
          ...errorResponses(401, 403, 404, 422),
        },
      },
    },
    "/articles/{id}/issues": {
      post: {
        summary: "Flag an issue on a span of a segment",
        parameters: [idParam],
        requestBody: jsonBody({
          type: "object",
          required: ["segmentId", "start", "end", "category", "severity"],
          properties: {
            segmentId: { type: "string" },
            start: { type: "integer" },
            end: { type: "integer" },
            category: { type: "string", enum: ["accuracy", "terminology", "linguistic", "style", "locale-convention"] },
            subcategory: { type: "string" },
            severity: { type: "string", enum: ["neutral", "minor", "major", "critical"] },
            comment: { type: "string" },
          },
        }),
        responses: { "201": ok("The issue"), ...errorResponses(401, 403, 404, 422) },
      },
    },
    "/issues/{id}": {
      patch: {
        summary: "Resolve, dismiss or reopen an issue",
        parameters: [idParam],
        requestBody: jsonBody({
          type: "object",
          required: ["status"],
          properties: {
            status: { type: "string", enum: ["open", "resolved", "dismissed"] },
            reason: { type: "string", maxLength: 1000, description: "why; required to dismiss a critical or major issue someone else raised (422 issue.reason-required)" },
          },
        }),
        responses: { "200": ok("Updated"), ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    "/issues/{id}/comments": {
      post: {
        summary: "Reply in an issue's thread",
        parameters: [idParam],
        requestBody: jsonBody({ type: "object", required: ["body"], properties: { body: { type: "string", maxLength: 5000 } } }),
        responses: { "201": ok("The comment"), ...errorResponses(401, 403, 404, 422) },
      },
    },
    "/articles/{id}/transitions": {
      post: {
        summary: "Move the article through draft → in_review → approved → published (or reopen)",
        parameters: [idParam],
        description:
          "Approval runs the approval checklist. 409 article.approval-blocked when an item blocks, 409 article.approval-needs-confirmation when there are warnings and acknowledgeWarnings is not true; both carry error.details.items. Approving marks the rows not yet reviewed as reviewed.",
        requestBody: jsonBody({
          type: "object",
          required: ["to"],
          properties: {
            to: { type: "string", enum: ["draft", "in_review", "approved", "published"] },
            acknowledgeWarnings: { type: "boolean", description: "approve although the checklist warns (rows not reviewed, open minor issues, undecided findings, dismissed issues of others)" },
          },
        }),
        responses: {
          "200": ok("The new status", { type: "object", properties: { id: { type: "string" }, status: { type: "string" }, markedReviewed: { type: "integer" } } }),
          "409": ok("Refused transition, blocked approval or approval needing confirmation", {
            type: "object",
            properties: {
              error: {
                type: "object",
                properties: {
                  code: { type: "string", enum: ["status.transition-not-allowed", "article.approval-blocked", "article.approval-needs-confirmation"] },
                  message: { type: "string" },
                  details: { type: "object", properties: { items: { type: "array", items: { $ref: "#/components/schemas/ChecklistItem" } } } },
                },
              },
            },
          }),
          ...errorResponses(401, 403, 404, 422),
        },
      },
    },
    "/articles/{id}/export": {
      get: {
        summary: "Download the article",
        parameters: [idParam, { name: "format", in: "query", required: true, schema: { type: "string", enum: ["txt", "md", "html", "docx", "xliff", "xliff12", "tmx", "json", "report-csv", "report-html"] } }, { name: "trackChanges", in: "query", schema: { type: "string", enum: ["1"] } }],
        responses: { "200": { description: "The file (Content-Disposition: attachment)" }, ...errorResponses(401, 403, 404, 422) },
      },
    },
  },
} as const;
