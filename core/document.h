// Document: one input unit as read from a file, a directory entry or a JSON Lines record.
// A document may hold several articles (a newspaper page).
#pragma once

#include <string>

namespace guanxi {

struct Document {
  std::string id;      // content hash of `text` (see core/hash.h); same text => same id
  std::string source;  // where it was read: a path, "path:line" for JSON Lines, or "-"
  std::string text;    // UTF-8, line ends normalized to '\n'; otherwise as the source wrote it
  std::string date;    // publication date, ISO "YYYY-MM-DD", or "" when unknown
  std::string title;   // optional (JSON Lines `title`)
  std::string url;     // optional (JSON Lines `url`)
  std::string origin;  // optional publisher or corpus (JSON Lines `source`)
  std::string record;  // optional: the corpus's own id of the record (JSON Lines `id`)
};

}  // namespace guanxi
