// Triple: one typed fact of the knowledge graph with the evidence it came from.
//
//   subject --predicate--> object      e.g.  person:谢文博 --chaired--> event:...
//
// Predicates are the schema's names (attended, chaired, met, inspected, started,
// signed_with, holds_title, reported, held_on); a ruleset may add its own.
#pragma once

#include <cstdint>
#include <string>

#include "core/node.h"

namespace guanxi {

// Where a triple came from. Offsets are byte offsets into the document's stored text
// (Document::text), so the evidence can always be shown as the article printed it.
struct Provenance {
  std::string doc;       // document id (content hash)
  std::string article;   // article id ("<doc>#<n>")
  std::string sentence;  // the sentence as written in the article
  std::string rule;      // name of the rule that produced the triple
  uint64_t begin = 0;    // sentence start in Document::text
  uint64_t end = 0;      // sentence end (exclusive)
  std::string date;      // publication date of the article (ISO), empty when unknown
  std::string record;    // the corpus's own id of the document (JSON Lines `id`), "" when none

  friend bool operator==(const Provenance&, const Provenance&) = default;
};

struct Triple {
  Node subject;
  std::string predicate;
  Node object;
  Provenance provenance;

  friend bool operator==(const Triple&, const Triple&) = default;
};

}  // namespace guanxi
