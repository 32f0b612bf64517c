#ifndef CXML2SHIM_H
#define CXML2SHIM_H
/* libxml2's streaming xmlTextReader, for the XML reader comparison only
   (Benchmarks/xmlreader.py). Counts start tags and text bytes of a file;
   returns 0, or -1 with the parser's message in `error`. No network, no
   DTD loading, no entity substitution: the settings Söz's reader has. */
int soz_xml2_count(const char *path, long long *elements, long long *text_bytes,
                   char *error, int error_size);
/* The same pass, handing every start tag's name, attribute value and text
   to `callback` (kind 0 element, 1 attribute, 2 text): what a TMX reader on
   libxml2 would turn into Swift strings. */
typedef void (*soz_xml2_callback)(int kind, const char *value, void *context);
int soz_xml2_each(const char *path, soz_xml2_callback callback, void *context,
                  char *error, int error_size);
#endif
