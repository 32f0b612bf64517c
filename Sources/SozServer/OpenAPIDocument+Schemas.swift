// The OpenAPI document, part 4: the schemas (see OpenAPIDocument.swift).
extension OpenAPIDocument {
  static let schemas = #"""
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
