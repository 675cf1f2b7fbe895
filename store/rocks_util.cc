#include "store/rocks_util.h"

#include "store/schema.h"

namespace guanxi::store {

Status from_rocks(const rocksdb::Status& s, std::string_view what) {
  if (s.IsCorruption()) return Status::Corruption(std::string(what) + ": " + s.ToString());
  if (s.IsBusy() || s.IsTimedOut()) return Status::Busy(std::string(what) + ": " + s.ToString());
  return Status::IOError(std::string(what) + ": " + s.ToString());
}

size_t prefix_length(std::string_view family) {
  if (family == kSpoFamily || family == kOspFamily || family == kEventsFamily) return kIdSize;
  if (family == kPosFamily) return 2 * kIdSize;
  if (family == kProvFamily) return kTripleKeySize;
  return 0;
}

}  // namespace guanxi::store
