// The OpenAPI document, part 2: the memory's routes, concepts, exports (see OpenAPIDocument.swift).
extension OpenAPIDocument {
  static let memoryAndExports = #"""
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

"""#
}
