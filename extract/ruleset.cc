// Ruleset: the public face of the compiled rule set. The YAML loader lives in
// extract/engine/loader.cc; this file only owns the object's lifetime.
#include "extract/ruleset.h"

#include "extract/engine/loader.h"
#include "extract/engine/ruleset_impl.h"

namespace guanxi {

Ruleset::Ruleset(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Ruleset::~Ruleset() = default;

const std::string& Ruleset::hash() const { return impl_->hash; }
const std::vector<std::string>& Ruleset::files() const { return impl_->files; }

Result<std::shared_ptr<const Ruleset>> Ruleset::load(const std::vector<std::string>& paths) {
  GUANXI_ASSIGN_OR_RETURN(std::unique_ptr<Impl> impl, engine::load_rule_files(paths));
  return std::shared_ptr<const Ruleset>(new Ruleset(std::move(impl)));
}

Result<std::shared_ptr<const Ruleset>> Ruleset::load_text(std::string_view yaml,
                                                          const std::string& name) {
  GUANXI_ASSIGN_OR_RETURN(std::unique_ptr<Impl> impl, engine::load_rule_text(yaml, name));
  return std::shared_ptr<const Ruleset>(new Ruleset(std::move(impl)));
}

}  // namespace guanxi
