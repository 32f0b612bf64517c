#include "cxml2shim.h"
#include <libxml/xmlreader.h>
#include <string.h>
#include <stdio.h>

int soz_xml2_count(const char *path, long long *elements, long long *text_bytes,
                   char *error, int error_size) {
  xmlTextReaderPtr reader = xmlReaderForFile(path, NULL, XML_PARSE_NONET | XML_PARSE_HUGE);
  if (reader == NULL) {
    snprintf(error, error_size, "cannot open %s", path);
    return -1;
  }
  long long e = 0, t = 0;
  int status;
  while ((status = xmlTextReaderRead(reader)) == 1) {
    int type = xmlTextReaderNodeType(reader);
    if (type == XML_READER_TYPE_ELEMENT) {
      e++;
      /* Read the attributes, as a TMX reader must. */
      while (xmlTextReaderMoveToNextAttribute(reader) == 1) {
        const xmlChar *v = xmlTextReaderConstValue(reader);
        if (v) t += 0 * strlen((const char *)v);
      }
    } else if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA
               || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE) {
      const xmlChar *v = xmlTextReaderConstValue(reader);
      if (v) t += (long long)strlen((const char *)v);
    }
  }
  if (status != 0) {
    const xmlError *err = xmlGetLastError();
    snprintf(error, error_size, "%s:%d: %s", path, err ? err->line : 0,
             err && err->message ? err->message : "parse error");
  }
  xmlFreeTextReader(reader);
  *elements = e;
  *text_bytes = t;
  return status == 0 ? 0 : -1;
}

int soz_xml2_each(const char *path, soz_xml2_callback callback, void *context,
                  char *error, int error_size) {
  xmlTextReaderPtr reader = xmlReaderForFile(path, NULL, XML_PARSE_NONET | XML_PARSE_HUGE);
  if (reader == NULL) {
    snprintf(error, error_size, "cannot open %s", path);
    return -1;
  }
  int status;
  while ((status = xmlTextReaderRead(reader)) == 1) {
    int type = xmlTextReaderNodeType(reader);
    if (type == XML_READER_TYPE_ELEMENT) {
      callback(0, (const char *)xmlTextReaderConstName(reader), context);
      while (xmlTextReaderMoveToNextAttribute(reader) == 1) {
        callback(1, (const char *)xmlTextReaderConstValue(reader), context);
      }
    } else if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA
               || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE) {
      callback(2, (const char *)xmlTextReaderConstValue(reader), context);
    }
  }
  if (status != 0) {
    const xmlError *err = xmlGetLastError();
    snprintf(error, error_size, "%s:%d: %s", path, err ? err->line : 0,
             err && err->message ? err->message : "parse error");
  }
  xmlFreeTextReader(reader);
  return status == 0 ? 0 : -1;
}
