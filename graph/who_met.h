// Who met whom: the people a person met (`met`) or was present with (attended the same event).
#pragma once

#include <string>
#include <vector>

#include "core/node.h"
#include "core/status.h"
#include "store/store.h"

namespace guanxi {

struct SharedEvent {
  Node event;            // the event node (for explicit meetings: the meeting's event or article)
  std::string date;      // when, ISO or as written, "" when unknown
  std::string evidence;  // a sentence that shows it
  std::string relation;  // "attended" (both present) or "met" (explicit meeting)
};

struct Acquaintance {
  Node person;
  std::vector<SharedEvent> events;  // most recent first
};

struct WhoMetOptions {
  std::string since, until;  // ISO dates, "" = open
};

// Sorted by number of shared events, most first, then by label. NotFound when no person
// is labelled `name`.
Result<std::vector<Acquaintance>> who_met(const Store& store, const std::string& name,
                                          const WhoMetOptions& options);

}  // namespace guanxi
