/// The OpenAPI 3.0 document of the JSON API, served at `/openapi.json`.
///
/// Written by hand beside the routes (APIRoutes, MemoryRoutes); a test
/// validates it with openapi-spec-validator and checks that every route
/// it names answers.
///
/// The text is one JSON document kept in four string literals (a file
/// each, under 400 lines): the routes that read, the memory's and the
/// writes, the components, the schemas.
enum OpenAPIDocument {
  static let json = head + memoryAndExports + writesAndComponents + schemas

  static let head = #"""
{
  "openapi": "3.0.3",
  "info": {
    "title": "Söz team server",
    "version": "1",
    "description": "The JSON API of `soz serve`: the same use cases and the same JSON shapes as the CLI's `--format json`. Reads are open; writes need `Authorization: Bearer TOKEN` with a token from the server's token file (401 without one, 403 with a wrong one). Bad input is a 400 whose JSON error names the line and column where it applies; a body over the server's limit is a 413.",
    "license": {
      "name": "see the repository"
    }
  },
  "servers": [
    {
      "url": "/"
    }
  ],
  "paths": {
    "/healthz": {
      "get": {
        "operationId": "health",
        "summary": "Whether the server and its store answer",
        "responses": {
          "200": {
            "description": "Healthy",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Health"
                }
              }
            }
          },
          "500": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/v1/lookup": {
      "get": {
        "operationId": "lookup",
        "summary": "Find the concepts a spelling may mean (soz lookup --format json)",
        "parameters": [
          {
            "name": "q",
            "in": "query",
            "required": true,
            "description": "The spelling, typed any way",
            "schema": {
              "type": "string"
            },
            "example": "garabag"
          },
          {
            "name": "lang",
            "in": "query",
            "required": false,
            "description": "Also give the canonical form in this language as `form` (soz lookup --lang)",
            "schema": {
              "type": "string",
              "enum": [
                "en",
                "az",
                "tr",
                "kk",
                "kk-Latn",
                "ru"
              ]
            }
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "At most this many candidates",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 50,
              "default": 5
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The answer; `match` is false when nothing matched",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/LookupResult"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Error"
          },
          "500": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/v1/lookup/batch": {
      "post": {
        "operationId": "lookupBatch",
        "summary": "Many lookups in one request (soz lookup --batch)",
        "parameters": [
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "At most this many candidates per query",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 50,
              "default": 5
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "oneOf": [
                  {
                    "type": "object",
                    "required": [
                      "queries"
                    ],
                    "properties": {
                      "queries": {
                        "type": "array",
                        "items": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  }
                ]
              }
            },
            "text/plain": {
              "schema": {
                "type": "string",
                "description": "One query a line"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "One result per query, in order",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "results"
                  ],
                  "properties": {
                    "results": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/LookupResult"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Error"
          },
          "413": {
            "$ref": "#/components/responses/Error"
          },
          "500": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/v1/lint": {
      "post": {
        "operationId": "lint",
        "summary": "Check a text against the glossary (soz lint --format json)",
        "parameters": [
          {
            "name": "lang",
            "in": "query",
            "required": false,
            "description": "The text's language; auto detects per paragraph",
            "schema": {
              "type": "string",
              "enum": [
                "auto",
                "en",
                "az",
                "tr",
                "kk",
                "kk-Latn"
              ]
            }
          },
          {
            "name": "format",
            "in": "query",
            "required": false,
            "description": "Answer shape: Söz's JSON, line, SARIF 2.1.0, or LanguageTool's /v2/check",
            "schema": {
              "type": "string",
              "enum": [
                "json",
                "line",
                "sarif",
                "languagetool"
              ],
              "default": "json"
            }
          },
          {
            "name": "name",
            "in": "query",
            "required": false,
            "description": "The name findings carry (its extension picks the markup when the Content-Type does not)",
            "schema": {
              "type": "string"
            },
            "example": "article.md"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "text/plain": {
              "schema": {
                "type": "string"
              }
            },
            "text/markdown": {
              "schema": {
                "type": "string"
              }
            },
            "text/html": {
              "schema": {
                "type": "string"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The findings",
            "content": {
              "application/json": {
                "schema": {
                  "oneOf": [
                    {
                      "$ref": "#/components/schemas/LintReport"
                    },
                    {
                      "$ref": "#/components/schemas/LanguageToolAnswer"
                    },
                    {
                      "type": "object",
                      "description": "SARIF 2.1.0"
                    }
                  ]
                }
              },
              "text/plain": {
                "schema": {
                  "type": "string",
                  "description": "path:line:col:rule:severity:message, one a line"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Error"
          },
          "413": {
            "$ref": "#/components/responses/Error"
          },
          "500": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },

"""#
}
