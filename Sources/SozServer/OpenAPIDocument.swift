/// The OpenAPI 3.0 document of the JSON API, served at `/openapi.json`.
///
/// Written by hand beside the routes (APIRoutes, MemoryRoutes); a test
/// validates it with openapi-spec-validator and checks that every route
/// it names answers.
enum OpenAPIDocument {
  static let json = #"""
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
    "/v1/tm/search": {
      "get": {
        "operationId": "memorySearch",
        "summary": "Fuzzy matches from the translation memory (soz tm search --format json)",
        "parameters": [
          {
            "name": "q",
            "in": "query",
            "required": true,
            "description": "The segment to translate",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "from",
            "in": "query",
            "required": true,
            "description": "Source language",
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
            "name": "to",
            "in": "query",
            "required": true,
            "description": "Target language",
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
            "name": "min",
            "in": "query",
            "required": false,
            "description": "Lowest score, 1-101",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 101,
              "default": 70
            }
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "At most this many matches",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100,
              "default": 5
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Matches, best first",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "query",
                    "from",
                    "to",
                    "matches",
                    "terms"
                  ],
                  "properties": {
                    "query": {
                      "type": "string"
                    },
                    "from": {
                      "type": "string"
                    },
                    "to": {
                      "type": "string"
                    },
                    "matches": {
                      "type": "array",
                      "items": {
                        "type": "object"
                      }
                    },
                    "terms": {
                      "type": "array",
                      "items": {
                        "type": "object"
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
          "500": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/v1/tm/concordance": {
      "get": {
        "operationId": "concordance",
        "summary": "Segments holding a word or any spelling of the concept it names (soz tm concordance --format json)",
        "parameters": [
          {
            "name": "q",
            "in": "query",
            "required": true,
            "description": "The word",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "lang",
            "in": "query",
            "required": true,
            "description": "Its language",
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
            "description": "At most this many segments",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000,
              "default": 20
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The segments",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object"
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
    "/v1/concepts/{id}": {
      "get": {
        "operationId": "concept",
        "summary": "One concept with all its forms",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            },
            "example": "karabakh"
          }
        ],
        "responses": {
          "200": {
            "description": "The concept",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Concept"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/Error"
          },
          "500": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/v1/export/glossary": {
      "get": {
        "operationId": "exportGlossary",
        "summary": "The whole glossary in an interchange format (soz export glossary)",
        "parameters": [
          {
            "name": "format",
            "in": "query",
            "required": false,
            "description": "The format",
            "schema": {
              "type": "string",
              "enum": [
                "tbx",
                "tbx2",
                "tmx",
                "csv",
                "tsv"
              ],
              "default": "tbx"
            }
          },
          {
            "name": "lang",
            "in": "query",
            "required": false,
            "description": "Only these languages, comma-separated",
            "schema": {
              "type": "string"
            },
            "example": "en,az"
          }
        ],
        "responses": {
          "200": {
            "description": "The file",
            "content": {
              "application/x-tbx+xml": {
                "schema": {
                  "type": "string"
                }
              },
              "application/x-tmx+xml": {
                "schema": {
                  "type": "string"
                }
              },
              "text/csv": {
                "schema": {
                  "type": "string"
                }
              },
              "text/tab-separated-values": {
                "schema": {
                  "type": "string"
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
    "/v1/glossary/import": {
      "post": {
        "operationId": "importGlossary",
        "summary": "Add or replace a term list for everyone (soz glossary import)",
        "security": [
          {
            "bearer": []
          }
        ],
        "parameters": [
          {
            "name": "format",
            "in": "query",
            "required": false,
            "description": "What the body is (else from the Content-Type)",
            "schema": {
              "type": "string",
              "enum": [
                "tsv",
                "csv",
                "tbx",
                "tmx",
                "yaml"
              ]
            }
          },
          {
            "name": "name",
            "in": "query",
            "required": false,
            "description": "The source's name; importing the same name again replaces it",
            "schema": {
              "type": "string"
            },
            "example": "client-terms.tsv"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "text/tab-separated-values": {
              "schema": {
                "type": "string"
              }
            },
            "text/csv": {
              "schema": {
                "type": "string"
              }
            },
            "application/x-tbx+xml": {
              "schema": {
                "type": "string"
              }
            },
            "application/x-tmx+xml": {
              "schema": {
                "type": "string"
              }
            },
            "application/yaml": {
              "schema": {
                "type": "string"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Imported",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "source",
                    "concepts",
                    "forms"
                  ],
                  "properties": {
                    "source": {
                      "type": "string"
                    },
                    "concepts": {
                      "type": "integer"
                    },
                    "forms": {
                      "type": "integer"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Error"
          },
          "401": {
            "$ref": "#/components/responses/Error"
          },
          "403": {
            "$ref": "#/components/responses/Error"
          },
          "413": {
            "$ref": "#/components/responses/Error"
          },
          "415": {
            "$ref": "#/components/responses/Error"
          },
          "500": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/v1/tm/import": {
      "post": {
        "operationId": "importMemory",
        "summary": "Add translation units to the memory (soz tm import)",
        "security": [
          {
            "bearer": []
          }
        ],
        "parameters": [
          {
            "name": "format",
            "in": "query",
            "required": false,
            "description": "What the body is",
            "schema": {
              "type": "string",
              "enum": [
                "tmx",
                "tsv",
                "csv",
                "xliff"
              ],
              "default": "tmx"
            }
          },
          {
            "name": "name",
            "in": "query",
            "required": false,
            "description": "The origin the units are recorded under",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "langs",
            "in": "query",
            "required": false,
            "description": "For TSV/CSV without a header: the column languages, comma-separated",
            "schema": {
              "type": "string"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/octet-stream": {
              "schema": {
                "type": "string",
                "format": "binary"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Imported",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "origin",
                    "read",
                    "added",
                    "duplicates",
                    "rejected"
                  ],
                  "properties": {
                    "origin": {
                      "type": "string"
                    },
                    "read": {
                      "type": "integer"
                    },
                    "added": {
                      "type": "integer"
                    },
                    "duplicates": {
                      "type": "integer"
                    },
                    "rejected": {
                      "type": "integer"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Error"
          },
          "401": {
            "$ref": "#/components/responses/Error"
          },
          "403": {
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
    "/api/v1/{src}/{tgt}/unit/{q}": {
      "get": {
        "operationId": "amagamaUnit",
        "summary": "amaGama-compatible TM lookup, for existing TM clients",
        "parameters": [
          {
            "name": "src",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            },
            "example": "az"
          },
          {
            "name": "tgt",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            },
            "example": "en"
          },
          {
            "name": "q",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Units, best first",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "required": [
                      "source",
                      "target",
                      "quality",
                      "rank"
                    ],
                    "properties": {
                      "source": {
                        "type": "string"
                      },
                      "target": {
                        "type": "string"
                      },
                      "quality": {
                        "type": "number"
                      },
                      "rank": {
                        "type": "number"
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
          "500": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "bearer": {
        "type": "http",
        "scheme": "bearer",
        "description": "A token from the file given to soz serve --token-file"
      }
    },
    "responses": {
      "Error": {
        "description": "An error",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      }
    },
    "schemas": {
      "Error": {
        "type": "object",
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "type": "object",
            "required": [
              "status",
              "message"
            ],
            "properties": {
              "status": {
                "type": "integer"
              },
              "message": {
                "type": "string"
              },
              "line": {
                "type": "integer",
                "description": "1-based line of the body the error is at"
              },
              "column": {
                "type": "integer",
                "description": "1-based column"
              }
            }
          }
        }
      },
      "Health": {
        "type": "object",
        "required": [
          "status",
          "engine",
          "store",
          "glossary",
          "index"
        ],
        "properties": {
          "status": {
            "type": "string",
            "enum": [
              "ok"
            ]
          },
          "engine": {
            "type": "string",
            "enum": [
              "sqlite",
              "postgresql"
            ]
          },
          "store": {
            "type": "string"
          },
          "glossary": {
            "type": "string",
            "description": "The glossary's fingerprint: changes with every import"
          },
          "index": {
            "type": "string",
            "enum": [
              "ready",
              "building",
              "store"
            ],
            "description": "Whether lookups answer from the in-memory index of this glossary; while it is building (after start or a change) the engine answers, with the same results; store: the server runs with --index store"
          }
        }
      },
      "Matched": {
        "type": "object",
        "required": [
          "form",
          "lang",
          "status",
          "how",
          "score"
        ],
        "properties": {
          "form": {
            "type": "string"
          },
          "lang": {
            "type": "string"
          },
          "status": {
            "type": "string",
            "enum": [
              "preferred",
              "admitted",
              "deprecated",
              "forbidden"
            ]
          },
          "replacement": {
            "type": "string"
          },
          "how": {
            "type": "string",
            "enum": [
              "exact",
              "case",
              "diacritics",
              "transliteration",
              "word-order",
              "spacing",
              "partial",
              "fuzzy"
            ]
          },
          "score": {
            "type": "number"
          }
        }
      },
      "Candidate": {
        "type": "object",
        "required": [
          "concept",
          "kind",
          "canonical",
          "matched"
        ],
        "properties": {
          "concept": {
            "type": "string"
          },
          "kind": {
            "type": "string"
          },
          "note": {
            "type": "string"
          },
          "canonical": {
            "type": "object",
            "additionalProperties": {
              "type": "string"
            }
          },
          "matched": {
            "$ref": "#/components/schemas/Matched"
          }
        }
      },
      "LookupResult": {
        "type": "object",
        "required": [
          "query",
          "match",
          "candidates",
          "suggestions"
        ],
        "properties": {
          "query": {
            "type": "string"
          },
          "match": {
            "type": "boolean"
          },
          "candidates": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Candidate"
            }
          },
          "suggestions": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Candidate"
            }
          },
          "form": {
            "type": "string",
            "nullable": true,
            "description": "With lang: the best candidate's canonical form in that language"
          }
        }
      },
      "Location": {
        "type": "object",
        "required": [
          "file",
          "line",
          "column",
          "endLine",
          "endColumn"
        ],
        "properties": {
          "file": {
            "type": "string"
          },
          "line": {
            "type": "integer"
          },
          "column": {
            "type": "integer"
          },
          "endLine": {
            "type": "integer"
          },
          "endColumn": {
            "type": "integer"
          }
        }
      },
      "Finding": {
        "type": "object",
        "required": [
          "file",
          "line",
          "column",
          "endLine",
          "endColumn",
          "rule",
          "severity",
          "match",
          "suggestions",
          "message",
          "related"
        ],
        "properties": {
          "file": {
            "type": "string"
          },
          "line": {
            "type": "integer"
          },
          "column": {
            "type": "integer"
          },
          "endLine": {
            "type": "integer"
          },
          "endColumn": {
            "type": "integer"
          },
          "rule": {
            "type": "string"
          },
          "severity": {
            "type": "string",
            "enum": [
              "error",
              "warning",
              "info"
            ]
          },
          "match": {
            "type": "string"
          },
          "concept": {
            "type": "string"
          },
          "suggestions": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "message": {
            "type": "string"
          },
          "related": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Location"
            }
          }
        }
      },
      "LintReport": {
        "type": "object",
        "required": [
          "findings",
          "summary"
        ],
        "properties": {
          "findings": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Finding"
            }
          },
          "summary": {
            "type": "object",
            "additionalProperties": {
              "type": "integer"
            }
          }
        }
      },
      "LanguageToolAnswer": {
        "type": "object",
        "required": [
          "matches"
        ],
        "properties": {
          "software": {
            "type": "object"
          },
          "matches": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "message",
                "offset",
                "length",
                "replacements",
                "rule"
              ],
              "properties": {
                "message": {
                  "type": "string"
                },
                "shortMessage": {
                  "type": "string"
                },
                "offset": {
                  "type": "integer"
                },
                "length": {
                  "type": "integer"
                },
                "replacements": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "properties": {
                      "value": {
                        "type": "string"
                      }
                    }
                  }
                },
                "rule": {
                  "type": "object"
                }
              }
            }
          }
        }
      },
      "Concept": {
        "type": "object",
        "required": [
          "concept",
          "kind",
          "canonical",
          "forms"
        ],
        "properties": {
          "concept": {
            "type": "string"
          },
          "kind": {
            "type": "string"
          },
          "note": {
            "type": "string"
          },
          "canonical": {
            "type": "object",
            "additionalProperties": {
              "type": "string"
            }
          },
          "forms": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "lang",
                "form",
                "status"
              ],
              "properties": {
                "lang": {
                  "type": "string"
                },
                "form": {
                  "type": "string"
                },
                "status": {
                  "type": "string"
                },
                "replacement": {
                  "type": "string"
                }
              }
            }
          }
        }
      }
    }
  }
}
"""#
}
