// The OpenAPI document, part 3: the writes, amaGama, the shared components (see OpenAPIDocument.swift).
extension OpenAPIDocument {
  static let writesAndComponents = #"""
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

"""#
}
